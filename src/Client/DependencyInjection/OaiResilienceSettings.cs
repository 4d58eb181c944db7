namespace Oai.DependencyInjection;

/// <summary>Per factory client: whether the <see cref="OaiClient"/>'s own resilience layer runs (the default) or the
/// builder's resilience handlers replace it.</summary>
internal sealed class OaiResilienceSettings
{
    public bool Library { get; set; } = true;
}
