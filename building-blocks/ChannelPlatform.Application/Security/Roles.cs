namespace ChannelPlatform.Application.Security;

public static class Roles
{
    public const string ChannelManager = nameof(ChannelManager);
    public const string Partner = nameof(Partner);
    public const string Integration = nameof(Integration);

    public static readonly IReadOnlyList<string> All = [ChannelManager, Partner, Integration];
}
