// Azure OpenAI (azurerm_cognitive_deployment) and Azure AI Speech (azurerm_cognitive_account kind SpeechServices)
// prices derived from Infracost's test output, read through the search tool on 2026-11-27 (the goldens do not say
// when their prices were fetched, so the read date is given). Each value is "cost ÷ quantity" where the quotient
// is an exact decimal reproducing the printed cost, or a unit price the golden prints ("$2.50 per 1k calls")
// that a usage row confirms. Regions are the resource groups of the .tf files: cognitive_deployment_test.tf
// "eastus", "eastus2", "swedencentral"; cognitive_account_test.tf "West Europe".
//
// cognitive_deployment_test usage (every *_with_usage deployment): 40,000,000 input tokens (40,000 × 1K),
// 20,000,000 cached input tokens (20,000 × 1K), 13,333,333 output tokens (13,333.333 × 1K), 1,000,000,000
// embedding tokens (1,000,000 × 1K), 667 code interpreter sessions. With 13,333.333 × 1K the ±0.005 rounding
// band is ±0.0000004 per 1K tokens, so the output prices are pinned to the digit.

import { infracostAzure } from '../lib/infracost-sources.mjs';

const DEPLOYMENT = infracostAzure('cognitive_deployment_test', '0530df7c38961526178eb3b0a97aa3d20ec15df6');

const SPEECH = infracostAzure('cognitive_account_test', '48bd687f54361f7c796e98ac5c2fe9828ad18e96');

/** The same per-1K-token rows in each region the golden prints them identically for. */
const inRegions = (regions, rows) => regions.flatMap((region) => rows.map((r) => [region, ...r]));
const US = ['eastus', 'eastus2'];
const ALL = ['eastus', 'eastus2', 'swedencentral'];

export default [
  {
    id: 'azure/openai',
    description:
      'Azure OpenAI: Standard (regional) deployment tokens by model, provisioned throughput units by deployment type, Assistants tools',
    keys: ['region', 'model', 'meter'],
    values: ['price'],
    unit: 'USD per 1K tokens (input, cached-input, output, embeddings), per PTU-hour (model "ptu"), per session and per 1K calls (model "tools")',
    sources: [DEPLOYMENT],
    build: () => [
      ...inRegions(ALL, [
        ['gpt-4', 'input', '0.03'], // 1,200.00 / 40,000
        ['gpt-4', 'output', '0.06'], // 800.00 / 13,333.333
        ['gpt-4-32k', 'input', '0.06'], // 2,400.00 / 40,000
        ['gpt-4-32k', 'output', '0.12'], // 1,600.00 / 13,333.333
        ['gpt-35-turbo', 'input', '0.0015'], // 60.00 / 40,000
        ['gpt-35-turbo', 'output', '0.002'], // 26.67 / 13,333.333 (26.666666)
        ['gpt-35-turbo-16k', 'input', '0.003'], // 120.00 / 40,000
        ['gpt-35-turbo-16k', 'output', '0.004'], // 53.33 / 13,333.333 (53.333332)
        // "gpt-4o" and "gpt-4o-2024-05-13" print the same figures and no cached-input line.
        ['gpt-4o', 'input', '0.005'], // 200.00 / 40,000
        ['gpt-4o', 'output', '0.015'], // 200.00 / 13,333.333 (199.999995)
        ['gpt-4o-2024-08-06', 'input', '0.00275'], // 110.00 / 40,000
        ['gpt-4o-2024-08-06', 'output', '0.011'], // 146.67 / 13,333.333 (146.666663)
        ['gpt-4o-mini', 'input', '0.000165'], // 6.60 / 40,000
        ['gpt-4o-mini', 'output', '0.00066'], // 8.80 / 13,333.333 (8.7999998)
        ['text-embedding-ada-002', 'embeddings', '0.0001'], // 100.00 / 1,000,000
        ['text-embedding-3-large', 'embeddings', '0.00013'], // 130.00 / 1,000,000
        ['tools', 'code-interpreter-session', '0.03'], // "$0.03 per sessions"; 667 sessions $20.01
        ['tools', 'file-search-1k-calls', '2.5'], // "$2.50 per 1k calls"; eastus gpt-4o 5 × 1k calls $12.50
      ]),
      ...inRegions(US, [
        ['gpt-4o-2024-08-06', 'cached-input', '0.001375'], // 27.50 / 20,000
        ['gpt-4o-mini', 'cached-input', '0.000083'], // 1.66 / 20,000
        ['gpt-4.5-preview', 'input', '0.0825'], // 3,300.00 / 40,000; eastus 8,000 × 1K $660.00
        ['gpt-4.5-preview', 'output', '0.165'], // 2,200.00 / 13,333.333; eastus 3,000 × 1K $495.00
        ['gpt-4.5-preview', 'cached-input', '0.04125'], // 825.00 / 20,000; eastus 4,000 × 1K $165.00
        ['o1', 'input', '0.0165'], // 660.00 / 40,000; eastus 7,000 × 1K $115.50
        ['o1', 'output', '0.066'], // 880.00 / 13,333.333; eastus 2,500 × 1K $165.00
        ['o1', 'cached-input', '0.00825'], // 165.00 / 20,000; eastus 3,500 × 1K $28.88 (28.875)
        ['o3-mini', 'input', '0.00121'], // 48.40 / 40,000
        ['o3-mini', 'output', '0.00484'], // 64.53 / 13,333.333 (64.533332)
        ['o3-mini', 'cached-input', '0.000605'], // 12.10 / 20,000
        ['computer-use-preview', 'input', '0.0033'], // 132.00 / 40,000
        ['computer-use-preview', 'output', '0.0132'], // 176.00 / 13,333.333
      ]),
      // o1-mini in eastus prints only "Cached text input $33.00" (no input or output line), so eastus is left out.
      ['eastus2', 'o1-mini', 'input', '0.00121'], // 48.40 / 40,000
      ['eastus2', 'o1-mini', 'output', '0.00484'], // 64.53 / 13,333.333
      ['eastus2', 'o1-mini', 'cached-input', '0.000605'], // 12.10 / 20,000
      ...inRegions(
        ['swedencentral'],
        [
          ['gpt-4o-2024-08-06', 'cached-input', '0.001513'], // 30.26 / 20,000
          ['gpt-4o-mini', 'cached-input', '0.000091'], // 1.82 / 20,000
          ['gpt-4.5-preview', 'input', '0.09075'], // 3,630.00 / 40,000
          ['gpt-4.5-preview', 'output', '0.1815'], // 2,420.00 / 13,333.333 (2,419.99994)
          ['gpt-4.5-preview', 'cached-input', '0.045375'], // 907.50 / 20,000
          ['o1', 'input', '0.01815'], // 726.00 / 40,000
          ['o1', 'output', '0.0726'], // 968.00 / 13,333.333
          ['o1', 'cached-input', '0.009075'], // 181.50 / 20,000
          ['o1-mini', 'input', '0.001331'], // 53.24 / 40,000
          ['o1-mini', 'output', '0.005324'], // 70.99 / 13,333.333 (70.986665)
          ['o1-mini', 'cached-input', '0.000666'], // 13.32 / 20,000
          ['o3-mini', 'input', '0.001331'], // 53.24 / 40,000
          ['o3-mini', 'output', '0.005324'], // 70.99 / 13,333.333
          ['o3-mini', 'cached-input', '0.000666'], // 13.32 / 20,000
          ['computer-use-preview', 'input', '0.00363'], // 145.20 / 40,000
          ['computer-use-preview', 'output', '0.01452'], // 193.60 / 13,333.333 (193.599995)
        ],
      ),
      // Provisioned throughput units: "Provisioned throughput units (<model>)" capacity × 730 hours, the same
      // price for every model. Only the region × deployment type pairs the golden prints are kept.
      ['eastus', 'ptu', 'ProvisionedManaged', '2'], // gpt-4o capacity 5: 7,300.00 / 3,650 h; gpt-35-turbo 2: 2,920.00 / 1,460
      ['eastus', 'ptu', 'GlobalProvisionedManaged', '1'], // gpt-4 capacity 1: 730.00 / 730 h; gpt-4-32k 3: 2,190.00 / 2,190
      ['eastus', 'ptu', 'DataZoneProvisionedManaged', '1.1'], // gpt-4o capacity 2: 1,606.00 / 1,460 h; o1-mini 4: 3,212.00 / 2,920
      ['eastus2', 'ptu', 'ProvisionedManaged', '2'], // gpt-4o capacity 2: 2,920.00 / 1,460 h
      ['eastus2', 'ptu', 'GlobalProvisionedManaged', '1'], // gpt-4 capacity 3: 2,190.00 / 2,190 h
      ['swedencentral', 'ptu', 'ProvisionedManaged', '2'], // o3-mini capacity 2: 2,920.00 / 1,460 h
      ['swedencentral', 'ptu', 'DataZoneProvisionedManaged', '1.1'], // gpt-4o capacity 1: 803.00 / 730 h
    ],
  },
  {
    id: 'azure/speech',
    description: 'Azure AI Speech (Cognitive Services account kind SpeechServices, S0 pay as you go)',
    keys: ['region', 'item'],
    values: ['price'],
    unit: 'USD per hour (speech-to-text*, translation), per 1M characters (tts-neural), per 1K transactions (speaker-*)',
    sources: [SPEECH],
    build: () => [
      // speech_with_usage["Speech-S0"]; the S0 account without usage prints the same unit prices.
      ['westeurope', 'speech-to-text', '1'], // 20 hours $20.00; "$1.00 per hours"
      ['westeurope', 'speech-to-text-batch', '0.36'], // 56 hours $20.16
      ['westeurope', 'speech-to-text-custom', '1.2'], // 17 hours $20.40
      ['westeurope', 'speech-to-text-custom-batch', '0.45'], // 44 hours $19.80
      ['westeurope', 'speech-to-text-enhanced', '0.3'], // 67 hours $20.10
      ['westeurope', 'tts-neural', '15'], // 1.3333 × 1M chars $20.00 (19.9995); "$15.00 per 1M chars"
      ['westeurope', 'translation', '2.5'], // 8 hours $20.00
      ['westeurope', 'speaker-verification', '5'], // 4 × 1K transactions $20.00
      ['westeurope', 'speaker-identification', '10'], // 2 × 1K transactions $20.00
    ],
  },
];
