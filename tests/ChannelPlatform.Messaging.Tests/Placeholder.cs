namespace ChannelPlatform.Messaging.Tests;
