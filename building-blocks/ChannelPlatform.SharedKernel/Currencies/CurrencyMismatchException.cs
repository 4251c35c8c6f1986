namespace ChannelPlatform.SharedKernel;

/// <summary>Two currencies met in arithmetic without a conversion: a programming error, never rounded away.</summary>
public sealed class CurrencyMismatchException(Currency left, Currency right)
    : InvalidOperationException($"Cannot combine {left} and {right} amounts without converting one at a dated rate.")
{
    public Currency Left { get; } = left;

    public Currency Right { get; } = right;
}
