namespace ChannelPlatform.Application.Pagination;

/// <summary><c>?limit=</c> (default 50, 1–200) and an opaque keyset <c>?cursor=</c>.</summary>
public sealed record PageRequest(int Limit, string? Cursor)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static PageRequest Default { get; } = new(DefaultLimit, null);

    public Guid? After => Cursor is null ? null : KeysetCursor.DecodeId(Cursor);
}
