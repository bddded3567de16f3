namespace Zongzhi.Domain.Matters;

/// <summary>How the party was called back (回访方式).</summary>
public enum CallbackMethod
{
    /// <summary>电话回访.</summary>
    Phone,

    /// <summary>上门回访: a visit to the party.</summary>
    Visit,

    /// <summary>当面回访: the party came to the center.</summary>
    InPerson,

    /// <summary>信函回访.</summary>
    Letter,

    /// <summary>短信回访.</summary>
    TextMessage,
}
