// The auto-reply feature's public surface: what routes compose.
export { AutoReplyPage } from './components/auto-reply-page';
