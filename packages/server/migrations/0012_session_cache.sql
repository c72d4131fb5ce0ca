-- What a server process keeps in memory about a session (its user and their memberships, for a few seconds) is
-- forgotten the moment the rows it came from change, in every process sharing the database: these triggers say
-- which on the `wharf_session_cache` channel (delivered at commit) — `session:<id>` when a session ends or is
-- cut short, `user:<id>` when a user or one of their memberships changes, `enterprise:<id>` when an enterprise does.

CREATE FUNCTION wharf_forget_cached_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed record;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('wharf_session_cache', 'session:' || OLD.id);
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('wharf_session_cache', 'user:' || changed.id);
  ELSIF TG_TABLE_NAME = 'enterprise_members' THEN
    PERFORM pg_notify('wharf_session_cache', 'user:' || changed.user_id);
    IF TG_OP = 'UPDATE' AND OLD.user_id <> NEW.user_id THEN
      PERFORM pg_notify('wharf_session_cache', 'user:' || OLD.user_id);
    END IF;
  ELSIF TG_TABLE_NAME = 'enterprises' THEN
    PERFORM pg_notify('wharf_session_cache', 'enterprise:' || changed.id);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER sessions_forget_cached AFTER DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION wharf_forget_cached_sessions();
CREATE TRIGGER sessions_cut_short_forget_cached AFTER UPDATE ON sessions
  FOR EACH ROW WHEN (NEW.expires_at < OLD.expires_at OR NEW.user_id <> OLD.user_id OR NEW.token_hash <> OLD.token_hash)
  EXECUTE FUNCTION wharf_forget_cached_sessions();
CREATE TRIGGER users_forget_cached AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION wharf_forget_cached_sessions();
CREATE TRIGGER enterprise_members_forget_cached AFTER INSERT OR UPDATE OR DELETE ON enterprise_members
  FOR EACH ROW EXECUTE FUNCTION wharf_forget_cached_sessions();
CREATE TRIGGER enterprises_forget_cached AFTER UPDATE OR DELETE ON enterprises
  FOR EACH ROW EXECUTE FUNCTION wharf_forget_cached_sessions();
