/** The CloudFormation folder README's deploy commands, read back: where each template goes, what it is given. */

export interface DeployCommand {
  region: string;
  stackName: string;
  /** Parameter → the stack name and output key its value is read from. */
  parameters: Map<string, { stackName: string; output: string }>;
  /** Parameter → the managed prefix list (and region) whose ID it is looked up as. */
  lookups: Map<string, { prefixListName: string; region: string }>;
}

const flag = (command: string, name: string) => new RegExp(`--${name} (\\S+)`).exec(command)?.[1];

/** The README's `aws cloudformation deploy` commands by template path, with the outputs their parameters read. */
export function deployCommands(readme: string): Map<string, DeployCommand> {
  const commands = readme.replace(/ \\\n\s*/g, ' ').split('\n');
  const variables = new Map<string, { stackName: string; output: string }>();
  const prefixLists = new Map<string, { prefixListName: string; region: string }>();
  for (const line of commands) {
    const lookup =
      /^([A-Z_]+)="\$\(aws ec2 describe-managed-prefix-lists --region (\S+) --filters Name=prefix-list-name,Values=(\S+) --query 'PrefixLists\[0\]\.PrefixListId' --output text\)"$/.exec(
        line,
      );
    if (lookup?.[1] !== undefined && lookup[2] !== undefined && lookup[3] !== undefined)
      prefixLists.set(lookup[1], { region: lookup[2], prefixListName: lookup[3] });
    const read = /^([A-Z_]+)="\$\(aws cloudformation describe-stacks (.*)\)"$/.exec(line);
    const output = read?.[2] === undefined ? undefined : /OutputKey=='([A-Za-z]+)'/.exec(read[2])?.[1];
    const stackName = read?.[2] === undefined ? undefined : flag(read[2], 'stack-name');
    if (read?.[1] !== undefined && output !== undefined && stackName !== undefined)
      variables.set(read[1], { stackName, output });
  }
  const deploys = new Map<string, DeployCommand>();
  for (const line of commands.filter((command) => command.startsWith('aws cloudformation deploy '))) {
    const [region, stackName, file] = [
      flag(line, 'region'),
      flag(line, 'stack-name'),
      flag(line, 'template-file'),
    ];
    if (region === undefined || stackName === undefined || file === undefined)
      throw new Error(`A deploy command without region, stack or template: ${line}`);
    const parameters = new Map<string, { stackName: string; output: string }>();
    const lookups = new Map<string, { prefixListName: string; region: string }>();
    for (const match of line.matchAll(/ ([A-Za-z0-9]+)="\$([A-Z_]+)"/g)) {
      const source = variables.get(match[2] ?? '');
      if (source !== undefined) parameters.set(match[1] ?? '', source);
      const prefixList = prefixLists.get(match[2] ?? '');
      if (prefixList !== undefined) lookups.set(match[1] ?? '', prefixList);
    }
    deploys.set(file, { region, stackName, parameters, lookups });
  }
  return deploys;
}
