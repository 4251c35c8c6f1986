namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>Input the contract (CONTRACT.md "Conventions") says is refused, so a 2xx for it is a fault too.</summary>
public enum MustReject
{
    Nothing,

    /// <summary>"Strings never contain control characters (400 naming the field)."</summary>
    ControlCharacter,

    /// <summary>"dates … from 2000-01-01 to 2099-12-31 everywhere".</summary>
    DateOutOfRange,

    /// <summary>"Money and sizes bounded everywhere the same way": nothing the platform stores reaches 1e16.</summary>
    ExtremeNumber,
}
