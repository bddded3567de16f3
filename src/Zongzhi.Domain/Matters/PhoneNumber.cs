using System.Text.RegularExpressions;

namespace Zongzhi.Domain.Matters;

/// <summary>
/// A contact phone number (联系电话): a mainland mobile number (11 digits, <c>1[3-9]</c> then 9 digits) or a landline
/// (optional area code starting 0, 7–8 digits, optional extension), digits and dashes only.
/// </summary>
public static partial class PhoneNumber
{
    /// <summary>Whether <paramref name="value"/> is a mobile or landline number in an accepted shape.</summary>
    public static bool IsValid(string? value) =>
        value is not null && (Mobile().IsMatch(value) || Landline().IsMatch(value));

    [GeneratedRegex("^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    [GeneratedRegex("^(0[0-9]{2,3}-?)?[0-9]{7,8}(-[0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();
}
