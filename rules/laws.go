package rules

// Laws returns the names of the laws whose wording requirements rules may check, in the order
// documented in docs/laws.md:
//
//   - de-bgb-312k: Germany's cancellation button, § 312k BGB (since 1 July 2022);
//   - eu-crd-11a: the EU withdrawal function, Article 11a of Directive 2011/83/EU as inserted
//     by Directive (EU) 2023/2673 (applying since 19 June 2026);
//   - fr-resiliation: France's online cancellation, article L215-1-1 and D215-1 ff. of the
//     Code de la consommation ("résiliation en trois clics", since 1 June 2023).
//
// The rules check wording, not compliance: they are not legal advice.
func Laws() []string { return []string{"de-bgb-312k", "eu-crd-11a", "fr-resiliation"} }
