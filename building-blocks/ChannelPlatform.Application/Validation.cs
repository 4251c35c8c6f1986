using ChannelPlatform.SharedKernel;
using FluentValidation;

namespace ChannelPlatform.Application;

/// <summary>Rules that several services validate the same way.</summary>
public static class Validation
{
    public static IRuleBuilderOptions<T, string?> IsEnumName<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.NotEmpty().Must(v => v is not null && Enum.TryParse<TEnum>(v, true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(v, out _))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");

    public static TEnum ParseEnum<TEnum>(string value)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(value, true);

    public static IRuleBuilderOptions<T, string?> IsEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(254).EmailAddress();

    public static IRuleBuilderOptions<T, string?> IsQuarter<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(q => Quarter.TryParse(q, out _)).WithMessage("'{PropertyName}' must be a quarter like 2026-Q1.");

    /// <summary>A supported ISO 4217 code, any case (ADR 0013).</summary>
    public static IRuleBuilderOptions<T, string?> IsCurrencyCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Currency.IsSupported).WithMessage("'{PropertyName}' must be a supported ISO 4217 currency code such as USD, EUR or JPY.");

    /// <summary>An amount with at most three decimals (KWD has three; each currency then rounds to its own minor units).</summary>
    public static IRuleBuilderOptions<T, decimal?> IsAmount<T>(this IRuleBuilder<T, decimal?> rule) => rule.PrecisionScale(18, 3, true);
}
