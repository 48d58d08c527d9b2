export function cancel(reason: string) {
  return `Please don't go: ${reason}`
}
