using Zongzhi.Features.Accounts;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Issue 7: the auditor reads and searches; it changes nothing. Of every write endpoint in the checked-in matrix
/// (which <see cref="AuthorizationMatrixTests"/> proves against the code and by requests), the auditor reaches only its
/// own session, password and notifications, and a statement on an accountability record about itself (the use case
/// accepts it from the person concerned only). The administrator, likewise, adds nothing to matters or information.
/// </summary>
public sealed class AuditorReadOnlyTests
{
    private static readonly string[] OwnAccountWrites =
    [
        "POST /api/auth/logout", "POST /api/auth/password", "POST /api/notifications/read-all", "POST /api/notifications/{id:long}/read",
        "POST /api/accountability/records/{id:long}/statements",
    ];

    // Reads that take their criteria in the body (a citizen's name or phone must not travel in the address).
    private static readonly string[] PostedReads = ["POST /api/matters/search"];

    [Fact]
    public void Auditor_ReachesNoWriteEndpoint_ButItsOwnAccount()
    {
        var writes = AuthorizationMatrix.FromFile().Where(r => !r.Key.StartsWith("GET ", StringComparison.Ordinal) && !r.Key.StartsWith("PAGE ", StringComparison.Ordinal)
            && r.Value.Contains(Roles.Auditor)).Select(r => r.Key).Except(PostedReads).ToList();

        Assert.Empty(writes.Except(OwnAccountWrites));
    }

    [Fact]
    public void Administrator_AddsNothingToMattersOrInformation()
    {
        var matrix = AuthorizationMatrix.FromFile();
        var writes = matrix.Where(r => (r.Key.StartsWith("POST /api/matters", StringComparison.Ordinal) || r.Key.StartsWith("POST /api/information", StringComparison.Ordinal))
            && r.Value.Contains(Roles.Administrator)).Select(r => r.Key).Except(PostedReads).ToList();

        Assert.Empty(writes);
        Assert.DoesNotContain(Roles.Auditor, matrix["POST /api/matters/{id:long}/attachments"]);
        Assert.Contains(Roles.DepartmentHandler, matrix["POST /api/matters/{id:long}/attachments"]);
    }
}
