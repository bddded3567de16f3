using Microsoft.AspNetCore.Identity;

namespace Zongzhi.Features.Accounts;

/// <summary>A staff account. Its scope follows its department or village.</summary>
public sealed class ZongzhiUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public long? DepartmentId { get; set; }

    public long? VillageId { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>Set for accounts an administrator created: the first login must change the password.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The time step of the last accepted authenticator code; a code is accepted once (TOTP single use).</summary>
    public long? LastTotpTimeStep { get; set; }
}
