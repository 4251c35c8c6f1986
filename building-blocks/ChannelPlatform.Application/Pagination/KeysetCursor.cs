using System.Buffers.Text;
using System.Text;

namespace ChannelPlatform.Application.Pagination;

/// <summary>
/// Opaque cursors over UUIDv7 ids: they are time-ordered, so "id greater than the last one seen"
/// is a stable keyset that an index on id serves.
/// </summary>
public static class KeysetCursor
{
    private const string Prefix = "k1:";

    public static string Encode(Guid lastId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + lastId.ToString("N")));

    public static bool TryDecode(string? cursor, out Guid lastId)
    {
        lastId = Guid.Empty;
        if (string.IsNullOrWhiteSpace(cursor) || cursor.Length > 64)
            return false;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParseExact(text[Prefix.Length..], "N", out lastId);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static Guid DecodeId(string cursor) =>
        TryDecode(cursor, out var id) ? id : throw new FormatException("The cursor is not valid.");

    /// <summary>Builds a page from up to <c>limit + 1</c> rows read in id order.</summary>
    public static Page<T> ToPage<T>(IReadOnlyList<T> rows, int limit, Func<T, Guid> idOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(idOf);
        if (rows.Count <= limit)
            return new Page<T>(rows, null);
        var items = rows.Take(limit).ToList();
        return new Page<T>(items, Encode(idOf(items[^1])));
    }
}
