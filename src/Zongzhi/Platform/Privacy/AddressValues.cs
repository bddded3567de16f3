using System.Text.RegularExpressions;

namespace Zongzhi.Platform.Privacy;

/// <summary>
/// Free-text query parameters that by their meaning hold an identifier (a user id, an entity id, an action code) are
/// checked to be one, so a name, phone or ID number typed into them by mistake is refused instead of travelling in the
/// address to browser history, proxies and request logs (issue 7).
/// </summary>
public static partial class AddressValues
{
    public const string IdentifierMessage = "只能填写编号或代码（字母、数字和 . _ : - @），不能填写姓名、电话或身份证号码";

    /// <summary>Empty, or ASCII letters, digits and <c>. _ : - @ +</c> with no run shaped like a mobile or ID number.</summary>
    public static bool IsIdentifier(string? value) =>
        string.IsNullOrEmpty(value) || (Identifier().IsMatch(value) && !PhoneOrIdNumber().IsMatch(value));

    [GeneratedRegex(@"^[A-Za-z0-9._:@+\-]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?<![0-9])(1[3-9][0-9]{9}|[0-9]{17}[0-9Xx])(?![0-9])")]
    private static partial Regex PhoneOrIdNumber();
}
