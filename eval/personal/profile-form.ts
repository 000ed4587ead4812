import type { BrowserContext } from '@playwright/test';
import { extensionUrl } from '../browser/extension-ui';
import { profileFormValues } from './scenarios';
import type { ShopperProfile } from './types';

/** Fills the Options page's profile form as a user would, and waits for it to be saved. */
export async function setProfileThroughOptions(context: BrowserContext, extensionId: string, profile: ShopperProfile): Promise<void> {
  const options = await context.newPage();
  await options.goto(extensionUrl(extensionId, 'options.html'));
  const form = options.getByTestId('profile-form');
  for (const [name, value] of Object.entries(profileFormValues(profile))) await form.locator(`[name="${name}"]`).fill(value);
  await form.getByRole('button', { name: 'Save profile' }).click();
  await form.getByText('Saved.').waitFor();
  await options.close();
}
