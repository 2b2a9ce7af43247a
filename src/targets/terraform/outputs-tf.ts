import type { OutputPlan } from '../../model';
import { snakeCase } from '../../model/names';
import type { WrittenText } from '../emit/explained';
import { attributes, block, expr, hclBlocks } from '../emit/hcl-document';
import { DISTRIBUTION, outputName } from './names';

const DISTRIBUTION_ATTRIBUTES = { id: 'id', domainName: 'domain_name', arn: 'arn' } as const;

function outputValue(output: OutputPlan): string {
  const { value } = output;
  if (value.of === 'distribution') return `${DISTRIBUTION}.${DISTRIBUTION_ATTRIBUTES[value.attribute]}`;
  return `aws_s3_bucket.${snakeCase(value.bucket)}.bucket`;
}

/** Every output of the model, named in snake_case (`terraform output -raw distribution_id`). */
export function outputsTf(outputs: OutputPlan[]): WrittenText {
  return hclBlocks(
    outputs.map((output) => [
      block(
        'output',
        [outputName(output.key)],
        attributes({ description: output.description, value: expr(outputValue(output)) }),
      ),
    ]),
  );
}
