using System;

namespace Oai.IntegrationTests.Live;

/// <summary>A test against the real OpenAI API: runs only when <c>OPENAI_API_KEY</c> is set, and says so when skipped.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LiveFactAttribute : FactAttribute
{
    public const string SkipReason = "OPENAI_API_KEY is not set: live API tests skipped";

    public LiveFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OPENAI_API_KEY")))
        {
            Skip = SkipReason;
        }
    }
}
