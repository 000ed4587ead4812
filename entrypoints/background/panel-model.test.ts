import { afterEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('../../lib/messaging', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
const { panelModelAssist } = await import('./panel-model');

afterEach(() => sendMessage.mockReset());

describe('the side panel\'s model, asked from the background', () => {
  it('passes the question and the panel\'s answer through unchanged', async () => {
    const answer = { decidedBy: 'webllm:Qwen', judgements: [{ itemId: 'free:quiet', status: 'pass', reason: '18 dB' }] };
    sendMessage.mockResolvedValue(answer);
    const { model } = panelModelAssist('WebLLM');
    const evidence = { title: 'Fan', url: 'http://a.test/fan', facts: [] };
    expect(await model.judgeFreeText([{ id: 'free:quiet', text: 'quiet' }], evidence)).toEqual(answer);
    expect(sendMessage).toHaveBeenCalledWith('judgeFreeText', expect.objectContaining({ wishes: [{ id: 'free:quiet', text: 'quiet' }], evidence }));
  });

  it('says what to do when no side panel is open, and treats silence as an error', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const { model } = panelModelAssist('WebLLM');
    await expect(model.rewriteQuery('lamp', 'Shop', 'nothing found')).rejects.toThrow(/no Tastebud side panel is open.*keep it open/);
    sendMessage.mockResolvedValue(undefined);
    await expect(model.rewriteQuery('lamp', 'Shop', 'nothing found')).rejects.toThrow(/did not answer/);
  });
});
