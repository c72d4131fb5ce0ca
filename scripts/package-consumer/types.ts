// Type-checked (not run) in a temporary project outside this repository against the installed packages, under
// moduleResolution "bundler" and "node16" (scripts/check-packages.ts): the SDK's and the elements' declarations
// must resolve and mean the same to a consumer as they do here.
import { createWharfClient, isWharfError, ValidationError, type WharfClient } from '@wharf/sdk';
import type { WharfRegisterForm } from '@wharf/elements/register-form';
import { WharfRegisteredEvent, WharfSignedInEvent } from '@wharf/elements';

const client: WharfClient = createWharfClient({ baseUrl: 'https://wharf.example.com' });

export async function signIn(email: string, password: string): Promise<string | undefined> {
  try {
    const { token, user } = await client.auth.login({ email, password });
    return `${user.email}:${token}`;
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldError('password')?.code;
    if (isWharfError(error)) return String(error.status);
    throw error;
  }
}

const form: WharfRegisterForm | null = document.querySelector('wharf-register-form');
form?.addEventListener('wharf-registered', (event) => console.log(event instanceof WharfRegisteredEvent));
export const events = [WharfRegisteredEvent, WharfSignedInEvent];
