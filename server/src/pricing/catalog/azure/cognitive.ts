import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly, noteParentLocation, usage } from './common';

/**
 * Chat models priced per token on a Standard (regional) deployment: the versions each price row covers (an unset
 * version is always accepted), the row's name in azure/openai when it differs from the model, and whether the
 * model bills cached input at its own rate. Versions follow Infracost's cognitive_deployment_test.
 */
const CHAT: Readonly<Record<string, readonly { versions: readonly string[]; row?: string; cached: boolean }[]>> = {
  'gpt-4': [{ versions: [], cached: false }],
  'gpt-4-32k': [{ versions: [], cached: false }],
  'gpt-35-turbo': [{ versions: [], cached: false }],
  'gpt-35-turbo-16k': [{ versions: [], cached: false }],
  'gpt-4o': [
    { versions: ['2024-05-13'], cached: false },
    { versions: ['2024-08-06'], row: 'gpt-4o-2024-08-06', cached: true },
  ],
  'gpt-4o-mini': [{ versions: ['2024-07-18'], cached: true }],
  'gpt-4.5-preview': [{ versions: ['2025-02-27'], cached: true }],
  o1: [{ versions: ['2024-12-17'], cached: true }],
  'o1-mini': [{ versions: ['2024-09-12'], cached: true }],
  'o3-mini': [{ versions: ['2025-01-31'], cached: true }],
  'computer-use-preview': [{ versions: ['global'], cached: false }],
};

/** Embedding models: one price per model, whatever the version. */
const EMBEDDINGS = new Set(['text-embedding-ada-002', 'text-embedding-3-large']);

/** Provisioned deployment types, billed per PTU-hour whatever the model. */
const PROVISIONED = new Set(['ProvisionedManaged', 'GlobalProvisionedManaged', 'DataZoneProvisionedManaged']);

const openai = (model: string, meter: string): PriceQuery => ({ table: 'azure/openai', key: [model, meter] });

/** Tokens per 1M from a usage key in tokens; the table prices per 1K tokens as Infracost does. */
function tokens(name: string, ctx: FamilyContext, key: string, price: PriceQuery | Unknown): ComponentSpec {
  const per1k = price instanceof Unknown ? price : { ...price, factor: 1000 };
  return usage(name, '1M tokens', ctx, key, per1k, 1 / 1e6);
}

/** Assistants tools any chat deployment may call: code interpreter sessions and file search calls. */
function tools(ctx: FamilyContext): ComponentSpec[] {
  return [
    usage(
      'Code interpreter sessions',
      'sessions',
      ctx,
      'monthly_code_interpreter_sessions',
      openai('tools', 'code-interpreter-session'),
    ),
    usage(
      'File search tool calls',
      '1K calls',
      ctx,
      'monthly_file_search_tool_calls',
      openai('tools', 'file-search-1k-calls'),
      1 / 1000,
    ),
  ];
}

function modelOf(r: ResourceReader): { name: string | Unknown; version?: string } {
  const name = r.str('model.0.name') ?? new Unknown('model.name is not set');
  const version = r.str('model.0.version');
  return { name, version: typeof version === 'string' ? version : undefined };
}

/**
 * azurerm_cognitive_deployment (Azure OpenAI). Provisioned deployments (ProvisionedManaged, GlobalProvisionedManaged,
 * DataZoneProvisionedManaged) bill sku.capacity PTUs every hour. Standard (regional) deployments bill tokens:
 * input, cached input and output per model (usage monthly_language_input_tokens,
 * monthly_language_cached_input_tokens, monthly_language_output_tokens) or embedding tokens
 * (monthly_text_embedding_tokens); other deployment types (GlobalStandard, DataZoneStandard …) and models whose
 * version has no price row are unknown. The hover names the model, the version and the deployment type.
 */
export const cognitiveDeployment: Family = {
  cloud: 'azure',
  terraform: ['azurerm_cognitive_deployment'],
  price(r, ctx) {
    noteParentLocation(r, ctx, 'cognitive_account_id');
    const { name, version } = modelOf(r);
    const skuName = r.str('sku.0.name') ?? new Unknown('sku.name is not set');
    const model = typeof name === 'string' ? name : '?';
    const noteModel = (note: string) =>
      r.assume({
        label: 'AI model',
        value: `${model}${version ? ` ${version}` : ''}, ${typeof skuName === 'string' ? skuName : '?'} deployment`,
        source: 'derived',
        note,
      });
    if (typeof skuName !== 'string') return { components: [hourly('Deployment', ctx, skuName)] };
    if (PROVISIONED.has(skuName)) {
      const ptus = r.num('sku.0.capacity', 1, 'azurerm default capacity') ?? 1;
      noteModel('provisioned throughput: capacity × hours, whatever the traffic; tokens are not billed on top');
      const ptu = {
        ...hourly(`Provisioned throughput units (${model})`, ctx, openai('ptu', skuName), ptus),
        unit: 'PTU-hours',
      };
      return { components: [ptu, ...tools(ctx)] };
    }
    if (typeof name !== 'string') return { components: [tokens('Tokens', ctx, 'monthly_language_input_tokens', name)] };
    if (skuName !== 'Standard') {
      const why = new Unknown(
        `${skuName} per-token prices are not in the snapshot (only regional Standard deployments are)`,
      );
      return { components: [tokens(`Text input (${model})`, ctx, 'monthly_language_input_tokens', why)] };
    }
    if (EMBEDDINGS.has(name)) {
      noteModel('regional Standard price per embedding token, the same for every version of the model');
      return {
        components: [
          tokens(`Text embeddings (${model})`, ctx, 'monthly_text_embedding_tokens', openai(name, 'embeddings')),
        ],
      };
    }
    const row = CHAT[name]?.find((v) => !version || v.versions.includes(version));
    if (!row) {
      const why = new Unknown(
        `${model}${version ? ` version ${version}` : ''} has no Standard token price in the snapshot`,
      );
      return { components: [tokens(`Text input (${model})`, ctx, 'monthly_language_input_tokens', why)] };
    }
    const key = row.row ?? name;
    noteModel(`regional Standard prices of ${key} per input${row.cached ? ', cached input' : ''} and output token`);
    const components = [
      tokens(`Text input (${model})`, ctx, 'monthly_language_input_tokens', openai(key, 'input')),
      tokens(`Text output (${model})`, ctx, 'monthly_language_output_tokens', openai(key, 'output')),
    ];
    if (row.cached)
      components.push(
        tokens(
          `Cached text input (${model})`,
          ctx,
          'monthly_language_cached_input_tokens',
          openai(key, 'cached-input'),
        ),
      );
    return { components: [...components, ...tools(ctx)] };
  },
};

/** Speech S0 meters: usage key, component name, unit, table item, scale from the key's unit to the billed unit. */
const SPEECH: readonly [string, string, string, string, number][] = [
  ['monthly_speech_to_text_standard_hrs', 'Speech to text', 'hours', 'speech-to-text', 1],
  ['monthly_speech_to_text_standard_batch_hrs', 'Speech to text batch', 'hours', 'speech-to-text-batch', 1],
  ['monthly_speech_to_text_custom_hrs', 'Speech to text custom model', 'hours', 'speech-to-text-custom', 1],
  [
    'monthly_speech_to_text_custom_batch_hrs',
    'Speech to text custom model batch',
    'hours',
    'speech-to-text-custom-batch',
    1,
  ],
  [
    'monthly_speech_to_text_enhanced_add_ons_hrs',
    'Speech to text enhanced add-ons',
    'hours',
    'speech-to-text-enhanced',
    1,
  ],
  ['monthly_text_to_speech_neural_chars', 'Text to speech neural', '1M chars', 'tts-neural', 1 / 1e6],
  ['monthly_speech_translation_hrs', 'Speech translation', 'hours', 'translation', 1],
  [
    'monthly_speaker_verification_transactions',
    'Speaker verification',
    '1K transactions',
    'speaker-verification',
    1 / 1000,
  ],
  [
    'monthly_speaker_identification_transactions',
    'Speaker identification',
    '1K transactions',
    'speaker-identification',
    1 / 1000,
  ],
];

/**
 * azurerm_cognitive_account: the account has no fixed fee. A SpeechServices S0 account bills its API use
 * (usage keys as Infracost's); an OpenAI account's deployments carry the charge; other kinds bill per call at
 * prices the snapshot does not hold, so they are shown as free with that said.
 */
export const cognitiveAccount: Family = {
  cloud: 'azure',
  terraform: ['azurerm_cognitive_account'],
  price(r, ctx) {
    const kind = r.str('kind') ?? new Unknown('kind is not set');
    const sku = r.str('sku_name');
    if (kind === 'OpenAI')
      return { components: [], free: 'an Azure OpenAI account is free; its deployments are billed' };
    if (sku === 'F0') return { components: [], free: 'the F0 (free) tier' };
    if (kind !== 'SpeechServices')
      return {
        components: [],
        free: `no fixed fee; ${String(kind)} API calls are billed per use (not in the snapshot)`,
      };
    if (sku !== 'S0')
      return {
        components: [hourly(`Speech (${String(sku)})`, ctx, new Unknown(`Speech ${String(sku)} is not priced`))],
      };
    return {
      components: SPEECH.map(([key, name, unit, item, scale]) =>
        usage(name, unit, ctx, key, { table: 'azure/speech', key: [item] }, scale),
      ),
    };
  },
};
