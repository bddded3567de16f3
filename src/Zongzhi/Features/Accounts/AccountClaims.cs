namespace Zongzhi.Features.Accounts;

/// <summary>The claims Zongzhi adds to the Identity cookie.</summary>
public static class AccountClaims
{
    /// <summary>When the user signed in (UTC ticks); the 8-hour absolute cap counts from it.</summary>
    public const string SignedInAt = "zz:signed_in_at";

    public const string DisplayName = "zz:display_name";

    /// <summary>Present while an administrator-created account has not chosen its own password.</summary>
    public const string MustChangePassword = "zz:must_change_password";

    /// <summary>Present while an administrator has not enrolled two-factor sign-in (outside demo mode).</summary>
    public const string TwoFactorRequired = "zz:two_factor_required";

    /// <summary>How the user signed in: "pwd" or "mfa" (Identity's own claim type).</summary>
    public const string AuthenticationMethod = "amr";
}
