using Microsoft.AspNetCore.Identity;

namespace Zongzhi.Features.Accounts;

/// <summary>Password policy: at least 8 characters from at least 3 of 4 classes (upper, lower, digit, symbol).</summary>
public sealed class CharacterClassPasswordValidator : IPasswordValidator<ZongzhiUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ZongzhiUser> manager, ZongzhiUser user, string? password)
    {
        password ??= "";
        var classes = new[]
        {
            password.Any(char.IsUpper),
            password.Any(char.IsLower),
            password.Any(char.IsDigit),
            password.Any(c => !char.IsLetterOrDigit(c)),
        }.Count(x => x);
        return Task.FromResult(password.Length >= 8 && classes >= 3
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordClasses",
                Description = "密码至少 8 位，并包含大写字母、小写字母、数字、符号中的至少三类",
            }));
    }
}
