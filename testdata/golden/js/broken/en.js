export default {
  title: 'Please don't go',
}
