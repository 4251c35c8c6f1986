namespace ChannelPlatform.Application.Pagination;

/// <summary>A keyset page: <c>{ items, nextCursor }</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
