/**
 * The host's own users. A real ERP (Kingdee Cloud, …) has its own directory and sign-in; Wharf never sees these
 * passwords. Each user is linked to Wharf by the host's id (`externalUserId`).
 */
export interface HostUser {
  id: string;
  username: string;
  password: string;
  name: string;
  email: string;
}

export const HOST_USERS: readonly HostUser[] = [
  { id: 'erp-1001', username: 'alice', password: 'erp-demo', name: 'Alice Wong', email: 'alice.wong@harbour-demo.example' },
  { id: 'erp-1002', username: 'bob', password: 'erp-demo', name: 'Bob Lee', email: 'bob.lee@harbour-demo.example' },
];
