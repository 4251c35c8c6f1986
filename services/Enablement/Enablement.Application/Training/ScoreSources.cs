using ChannelPlatform.Application.Security;
using Enablement.Domain.Certifications;

namespace Enablement.Application.Training;

internal static class ScoreSources
{
    /// <summary>Channel managers and LMS integrations (<c>enablement:write</c>) are trusted; a partner reports its own reps' scores.</summary>
    public static ExamScoreSource ScoreSource(this ICurrentUser user) =>
        user.IsChannelManager || (user.Role == Roles.Integration && user.HasScope(Scopes.EnablementWrite))
            ? ExamScoreSource.Trusted
            : ExamScoreSource.SelfReported;
}
