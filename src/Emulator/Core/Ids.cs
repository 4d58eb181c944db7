using System;
using System.Security.Cryptography;

namespace Oai.Emulator.Core;

/// <summary>Ids shaped like the service's: a prefix and random letters and digits.</summary>
internal static class Ids
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string New(string prefix, int length = 24) => prefix + RandomNumberGenerator.GetString(Alphabet, length);

    public static string RequestId() => "req_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
