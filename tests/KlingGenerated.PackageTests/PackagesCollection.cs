namespace KlingGenerated.PackageTests;

/// <summary>Every test of the packages shares one packing, the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packages";
}
