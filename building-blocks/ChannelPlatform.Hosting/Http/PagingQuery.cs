using ChannelPlatform.Application.Pagination;
using FluentValidation;
using FluentValidation.Results;

namespace ChannelPlatform.Hosting.Http;

/// <summary>Binds and checks <c>?limit=&amp;cursor=</c>.</summary>
public static class PagingQuery
{
    public static PageRequest ToPageRequest(int? limit, string? cursor)
    {
        var failures = new List<ValidationFailure>();
        if (limit is < 1 or > PageRequest.MaxLimit)
            failures.Add(new ValidationFailure("limit", $"'limit' must be between 1 and {PageRequest.MaxLimit}."));
        if (cursor is not null && !KeysetCursor.TryDecode(cursor, out _))
            failures.Add(new ValidationFailure("cursor", "'cursor' is not a cursor this API returned."));
        if (failures.Count > 0)
            throw new ValidationException(failures);
        return new PageRequest(limit ?? PageRequest.DefaultLimit, cursor);
    }
}
