// Channel tab configuration: choose the team whose actions the channel shows.
export { ChannelConfigPage } from './components/channel-config-page';
