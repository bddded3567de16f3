namespace Zongzhi.Platform.Privacy;

/// <summary>Which personal value a column holds; it is bound into the ciphertext, so values cannot be swapped between kinds.</summary>
public enum PersonalDataKind
{
    IdNumber,
    Phone,
}
