using System.Security.Cryptography;

namespace Zongzhi.Features.Admin;

/// <summary>A random initial password, shown once to the administrator; it meets the policy (upper, lower, digit, symbol).</summary>
public static class OneTimePassword
{
    // No look-alikes (0/O, 1/l/I), so it can be read out and typed without mistakes.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    public static string Create()
    {
        var parts = new[]
        {
            RandomNumberGenerator.GetString(Upper, 4), RandomNumberGenerator.GetString(Lower, 4), RandomNumberGenerator.GetString(Digits, 4),
        };
        return string.Join('-', parts);
    }
}
