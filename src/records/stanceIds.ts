/** A stance definition's identifier: its code in kebab case, as position ids write it (stance:call-for-restraint). */
export function stanceDefinitionId(code: string): string {
  return `stance:${code.toLowerCase().replaceAll('_', '-')}`;
}
