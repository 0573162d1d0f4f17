/** The cross-field rules for Discord shards, each broken rule as a sentence naming the variables and the fix. */

export interface ShardSettings {
  shardCount?: number | 'auto' | undefined;
  shardIds?: number[] | undefined;
}

export function shardRules({ shardCount, shardIds }: ShardSettings): string[] {
  if (!shardIds) return [];
  const ids = shardIds.join(',');
  if (shardCount === undefined) {
    return [
      `DISCORD_SHARD_IDS=${ids} is set without DISCORD_SHARD_COUNT: set DISCORD_SHARD_COUNT to the bot's total number of shards ` +
        '(the same on every replica), or unset DISCORD_SHARD_IDS to run one shard.',
    ];
  }
  if (shardCount === 'auto') {
    return [
      `DISCORD_SHARD_IDS=${ids} cannot go with DISCORD_SHARD_COUNT=auto (this process then runs every shard): ` +
        'set DISCORD_SHARD_COUNT to a number, or unset DISCORD_SHARD_IDS.',
    ];
  }
  const problems: string[] = [];
  const outside = shardIds.filter((id) => id >= shardCount);
  if (outside.length > 0) {
    problems.push(
      `DISCORD_SHARD_IDS=${ids} names shard ${outside.join(', ')}, but DISCORD_SHARD_COUNT=${shardCount} has shards 0 to ${shardCount - 1}.`,
    );
  }
  if (shardIds.length === 0) problems.push('DISCORD_SHARD_IDS is empty: list the shards this process runs, such as 0,1.');
  if (new Set(shardIds).size !== shardIds.length) problems.push(`DISCORD_SHARD_IDS=${ids} names a shard twice: list each once.`);
  return problems;
}
