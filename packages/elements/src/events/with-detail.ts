import { init } from './init.ts';

/**
 * The base class of a Wharf event whose detail travels as the event's own read-only fields:
 * `class WharfCodeSentEvent extends eventWith<{ email: string }>('wharf-code-sent') {}` gives `event.email`.
 * Document each field in the detail type; a subclass adds fields derived from them.
 */
export function eventWith<Detail extends object>(type: string) {
  class WharfDetailEvent extends Event {
    static readonly type = type;
    constructor(detail: Detail) {
      super(type, init);
      Object.assign(this, detail);
    }
  }
  return WharfDetailEvent as unknown as { readonly type: string; new (detail: Detail): WharfDetailEvent & Readonly<Detail> };
}
