/**
 * Generates a tiny random-weight causal LM that transformers.js loads like a real one: an ONNX graph
 * with a KV cache, a byte-level BPE tokenizer with ChatML special tokens, and the config files.
 * It exists so the transformers.js engine can be tested offline (no weights may be downloaded here).
 * Its output is meaningless text; only the loading and generation path is real.
 *
 *   npm run -s make:tiny-model -- --out DIR [--name tastebud/tiny-random-lm]
 * writes DIR/<name>/{config.json, generation_config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx}
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

export const TINY_MODEL_NAME = 'tastebud/tiny-random-lm';
const HIDDEN = 32;
const HEADS = 2;
const HEAD_DIM = HIDDEN / HEADS;
const LAYERS = 2;
// Long enough for the intent prompt (system text plus JSON schema, roughly one token a byte).
const MAX_POSITIONS = 4096;
const SPECIAL_TOKENS = ['<|endoftext|>', '<|im_start|>', '<|im_end|>'];
const MERGES: [string, string][] = [['Ġ', 't'], ['h', 'e'], ['Ġt', 'he'], ['i', 'n'], ['e', 'r'], ['a', 'n'], ['o', 'n']];
const CHATML_TEMPLATE =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/** GPT-2's byte-to-unicode table: every byte gets a printable stand-in character. */
function byteToUnicode(): string[] {
  const table: string[] = [];
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
    table.push(String.fromCharCode(printable ? b : 256 + extra++));
  }
  return table;
}

interface TinyTokenizer {
  vocab: Record<string, number>;
  vocabSize: number;
  ids: { endOfText: number; imStart: number; imEnd: number };
  /** Token ids whose text is a lower-case letter, a space or a merge: the only ones the head favours. */
  readableIds: number[];
}

function buildTokenizer(): TinyTokenizer {
  const bytes = byteToUnicode();
  const vocab: Record<string, number> = {};
  bytes.forEach((ch, i) => (vocab[ch] = i));
  for (const [a, b] of MERGES) vocab[a + b] = Object.keys(vocab).length;
  const firstSpecial = 256 + MERGES.length;
  const ids = { endOfText: firstSpecial, imStart: firstSpecial + 1, imEnd: firstSpecial + 2 };
  const letters = [...'abcdefghijklmnopqrstuvwxyz'].map((c) => c.charCodeAt(0));
  const readableIds = [...letters, 32, ...MERGES.map((_, i) => 256 + i)];
  return { vocab, vocabSize: 256 + MERGES.length + SPECIAL_TOKENS.length, ids, readableIds };
}

function tokenizerJson(tok: TinyTokenizer): object {
  const byteLevel = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, i) => ({
      id: 256 + MERGES.length + i, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
    })),
    normalizer: null,
    pre_tokenizer: byteLevel,
    post_processor: byteLevel,
    decoder: byteLevel,
    model: {
      type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: '', end_of_word_suffix: '',
      fuse_unk: false, byte_fallback: false, vocab: tok.vocab, merges: MERGES.map(([a, b]) => `${a} ${b}`),
    },
  };
}

/** mulberry32 + Box-Muller: the same seed gives the same weights on every machine. */
function seededNormal(seed: number): () => number {
  let s = seed >>> 0;
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() || 1e-12)) * Math.cos(2 * Math.PI * uniform());
}

const { DataType } = onnx.TensorProto;
type Dim = number | string;

function floatTensor(name: string, dims: number[], values: Float32Array) {
  return onnx.TensorProto.create({ name, dims, dataType: DataType.FLOAT, rawData: new Uint8Array(values.buffer) });
}
function int64Tensor(name: string, dims: number[], values: number[]) {
  const raw = new BigInt64Array(values.map((v) => BigInt(v)));
  return onnx.TensorProto.create({ name, dims, dataType: DataType.INT64, rawData: new Uint8Array(raw.buffer) });
}
function valueInfo(name: string, elemType: number, dims: Dim[]) {
  const dim = dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d }));
  return onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType, shape: { dim } } } });
}

/** The decoder graph; see /shared/notes/tiny-model.md for the inputs and outputs transformers.js expects. */
function buildGraph(tok: TinyTokenizer, seed: number) {
  const normal = seededNormal(seed);
  const random = (n: number, scale: number) => Float32Array.from({ length: n }, () => normal() * scale);
  const nodes: ReturnType<typeof onnx.NodeProto.create>[] = [];
  const init: ReturnType<typeof onnx.TensorProto.create>[] = [];
  const inputs = [
    valueInfo('input_ids', DataType.INT64, ['batch_size', 'sequence_length']),
    valueInfo('attention_mask', DataType.INT64, ['batch_size', 'total_sequence_length']),
    valueInfo('position_ids', DataType.INT64, ['batch_size', 'sequence_length']),
  ];
  const outputs = [valueInfo('logits', DataType.FLOAT, ['batch_size', 'sequence_length', tok.vocabSize])];
  let counter = 0;
  const op = (opType: string, input: string[], attrs: Record<string, number | number[]> = {}, output?: string) => {
    const out = output ?? `${opType.toLowerCase()}_${counter++}`;
    const attribute = Object.entries(attrs).map(([name, v]) =>
      Array.isArray(v)
        ? { name, ints: v, type: onnx.AttributeProto.AttributeType.INTS }
        : Number.isInteger(v)
          ? { name, i: v, type: onnx.AttributeProto.AttributeType.INT }
          : { name, f: v, type: onnx.AttributeProto.AttributeType.FLOAT });
    nodes.push(onnx.NodeProto.create({ opType, input, output: [out], attribute, name: out }));
    return out;
  };
  const constant = (name: string, tensor: ReturnType<typeof onnx.TensorProto.create>) => (init.push(tensor), name);
  const f32 = (name: string, dims: number[], values: Float32Array) => constant(name, floatTensor(name, dims, values));
  const i64 = (name: string, dims: number[], values: number[]) => constant(name, int64Tensor(name, dims, values));

  // Embeddings.
  const tokEmb = f32('tok_emb', [tok.vocabSize, HIDDEN], random(tok.vocabSize * HIDDEN, 1));
  const posEmb = f32('pos_emb', [MAX_POSITIONS, HIDDEN], random(MAX_POSITIONS * HIDDEN, 0.1));
  let x = op('Add', [op('Gather', [tokEmb, 'input_ids']), op('Gather', [posEmb, 'position_ids'])]);

  // Masks shared by the layers: -1e9 where the key is padding or lies in the query's future.
  const scalar = i64('scalar_shape', [0], []);
  const one = i64('one', [], [1]);
  const seqLen = op('Reshape', [op('Shape', ['input_ids'], { start: 1, end: 2 }), scalar]);
  const totalLen = op('Reshape', [op('Shape', ['attention_mask'], { start: 1, end: 2 }), scalar]);
  const queryPos = op('Range', [op('Sub', [totalLen, seqLen]), totalLen, one]);
  const keyPos = op('Range', [i64('zero', [], [0]), totalLen, one]);
  const future = op('Less', [op('Unsqueeze', [queryPos, i64('axis_1', [1], [1])]), op('Unsqueeze', [keyPos, i64('axis_0', [1], [0])])]);
  const negInf = f32('neg_inf', [], Float32Array.of(-1e9));
  const zeroF = f32('zero_f', [], Float32Array.of(0));
  const causalBias = op('Where', [future, negInf, zeroF]);
  const maskF = op('Cast', ['attention_mask'], { to: DataType.FLOAT });
  const padBias = op('Mul', [op('Sub', [f32('one_f', [], Float32Array.of(1)), maskF]), negInf]);
  const padBias4 = op('Unsqueeze', [padBias, i64('axes_1_2', [2], [1, 2])]);
  const heads4 = i64('heads_shape', [4], [0, 0, HEADS, HEAD_DIM]);
  const hidden3 = i64('hidden_shape', [3], [0, 0, HIDDEN]);
  const scale = f32('scale', [], Float32Array.of(1 / Math.sqrt(HEAD_DIM)));
  const toHeads = (t: string) => op('Transpose', [op('Reshape', [t, heads4])], { perm: [0, 2, 1, 3] });

  for (let i = 0; i < LAYERS; i++) {
    const w = (n: string) => f32(`l${i}_${n}`, [HIDDEN, HIDDEN], random(HIDDEN * HIDDEN, 1 / Math.sqrt(HIDDEN)));
    const q = toHeads(op('MatMul', [x, w('wq')]));
    const kvDims: Dim[] = ['batch_size', HEADS, 'past_sequence_length', HEAD_DIM];
    const presentDims: Dim[] = ['batch_size', HEADS, 'total_sequence_length', HEAD_DIM];
    for (const kind of ['key', 'value']) {
      inputs.push(valueInfo(`past_key_values.${i}.${kind}`, DataType.FLOAT, kvDims));
      outputs.push(valueInfo(`present.${i}.${kind}`, DataType.FLOAT, presentDims));
    }
    const k = op('Concat', [`past_key_values.${i}.key`, toHeads(op('MatMul', [x, w('wk')]))], { axis: 2 }, `present.${i}.key`);
    const v = op('Concat', [`past_key_values.${i}.value`, toHeads(op('MatMul', [x, w('wv')]))], { axis: 2 }, `present.${i}.value`);
    const scores = op('Mul', [op('MatMul', [q, op('Transpose', [k], { perm: [0, 1, 3, 2] })]), scale]);
    const probs = op('Softmax', [op('Add', [op('Add', [scores, causalBias]), padBias4])], { axis: -1 });
    const context = op('Reshape', [op('Transpose', [op('MatMul', [probs, v])], { perm: [0, 2, 1, 3] }), hidden3]);
    x = op('Add', [x, op('MatMul', [context, w('wo')])]);
  }

  // The head favours letters, spaces and merges, so greedy output is readable and runs to max_new_tokens.
  const bias = new Float32Array(tok.vocabSize).fill(-30);
  for (const id of tok.readableIds) bias[id] = 0;
  const head = f32('lm_head', [HIDDEN, tok.vocabSize], random(HIDDEN * tok.vocabSize, 1));
  op('Add', [op('MatMul', [x, head]), f32('lm_head_bias', [tok.vocabSize], bias)], {}, 'logits');
  return onnx.GraphProto.create({ name: 'tiny_random_lm', node: nodes, initializer: init, input: inputs, output: outputs });
}

function configJson(tok: TinyTokenizer): object {
  return {
    model_type: 'llama',
    architectures: ['LlamaForCausalLM'],
    num_hidden_layers: LAYERS,
    num_attention_heads: HEADS,
    num_key_value_heads: HEADS,
    head_dim: HEAD_DIM,
    hidden_size: HIDDEN,
    vocab_size: tok.vocabSize,
    max_position_embeddings: MAX_POSITIONS,
    bos_token_id: tok.ids.imStart,
    eos_token_id: tok.ids.imEnd,
    pad_token_id: tok.ids.endOfText,
    'transformers.js_config': { dtype: 'fp32' },
  };
}

/** Writes the model folder and returns its path (outDir/name). */
export function makeTinyModel(outDir: string, name = TINY_MODEL_NAME, seed = 1234): string {
  const tok = buildTokenizer();
  const dir = join(outDir, name);
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    producerName: 'tastebud make-tiny-model',
    graph: buildGraph(tok, seed),
  });
  writeFileSync(join(dir, 'onnx', 'model.onnx'), onnx.ModelProto.encode(model).finish());
  const json = (file: string, value: object) => writeFileSync(join(dir, file), JSON.stringify(value, null, 1));
  json('config.json', configJson(tok));
  json('generation_config.json', { bos_token_id: tok.ids.imStart, eos_token_id: tok.ids.imEnd, pad_token_id: tok.ids.endOfText });
  json('tokenizer.json', tokenizerJson(tok));
  json('tokenizer_config.json', {
    tokenizer_class: 'PreTrainedTokenizerFast',
    add_bos_token: false,
    add_eos_token: false,
    bos_token: null,
    eos_token: '<|im_end|>',
    pad_token: '<|endoftext|>',
    unk_token: null,
    model_max_length: MAX_POSITIONS,
    clean_up_tokenization_spaces: false,
    chat_template: CHATML_TEMPLATE,
  });
  return dir;
}

function main(argv: string[]): void {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = flag('--out');
  if (!out) {
    console.error('Usage: make-tiny-model --out DIR [--name org/name] [--seed N]: DIR is where the model folder is written.');
    process.exit(2);
  }
  const dir = makeTinyModel(resolve(out), flag('--name') ?? TINY_MODEL_NAME, Number(flag('--seed') ?? 1234));
  console.log(`Tiny random model written to ${dir} (use localModelPath=${resolve(out)}, model id ${flag('--name') ?? TINY_MODEL_NAME})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
