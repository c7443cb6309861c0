package dev.plugboard.bench;

import dev.plugboard.app.BundledCatalog;
import dev.plugboard.domain.catalog.NameFolding;
import dev.plugboard.domain.connector.Capabilities;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A Java port of the parts of {@code bench/harness/catalog_gen.py} that search sees: the bundled
 * catalog plus copies of its live connectors with credentials under realistic Brazilian names,
 * types in the script's shares, flags as the script draws them; no generated name contains "itau".
 */
final class GeneratedCatalog {
    private static final List<String> CITIES = List.of(
            "São Paulo",
            "Rio de Janeiro",
            "Belo Horizonte",
            "Curitiba",
            "Porto Alegre",
            "Recife",
            "Fortaleza",
            "Salvador",
            "Goiânia",
            "Manaus",
            "Belém",
            "Florianópolis",
            "Vitória",
            "Natal",
            "João Pessoa",
            "Maceió",
            "Aracaju",
            "Teresina",
            "São Luís",
            "Cuiabá",
            "Campo Grande",
            "Londrina",
            "Maringá",
            "Uberlândia",
            "Ribeirão Preto",
            "Campinas",
            "Santos",
            "Sorocaba",
            "Joinville",
            "Blumenau",
            "Caxias do Sul",
            "Pelotas",
            "Juiz de Fora",
            "Chapecó",
            "Cascavel",
            "Foz do Iguaçu",
            "Itajaí",
            "Criciúma",
            "Bauru",
            "Marília",
            "Piracicaba",
            "Jundiaí");
    private static final List<String> REGIONS = List.of(
            "Paulista",
            "Mineiro",
            "Gaúcho",
            "Catarinense",
            "Paranaense",
            "Fluminense",
            "Baiano",
            "Goiano",
            "Capixaba",
            "Cearense",
            "Pernambucano",
            "Amazônico",
            "do Nordeste",
            "do Sul",
            "do Norte",
            "do Cerrado",
            "do Litoral",
            "da Serra",
            "do Vale",
            "Central",
            "Mercantil",
            "Industrial",
            "Rural",
            "Comercial",
            "Cooperativo",
            "Popular",
            "Digital",
            "Brasileiro",
            "Nacional");
    private static final List<String> FOUNDERS = List.of(
            "Azevedo",
            "Barros",
            "Cardoso",
            "Carvalho",
            "Castro",
            "Correia",
            "Costa",
            "Cunha",
            "Dias",
            "Fernandes",
            "Ferreira",
            "Freitas",
            "Gomes",
            "Lima",
            "Lopes",
            "Machado",
            "Martins",
            "Melo",
            "Mendes",
            "Monteiro",
            "Moreira",
            "Nogueira",
            "Oliveira",
            "Pereira",
            "Pinto",
            "Ribeiro",
            "Rocha",
            "Santana",
            "Souza",
            "Teixeira",
            "Vieira",
            "Araújo",
            "Conceição");
    private static final List<String> BRANDS = List.of(
            "Aurora",
            "Horizonte",
            "Alvorada",
            "Bandeirante",
            "Ipê",
            "Jequitibá",
            "Araucária",
            "Guará",
            "Tucano",
            "Sabiá",
            "Jacarandá",
            "Carnaúba",
            "Pitanga",
            "Cajú",
            "Açaí",
            "Buriti",
            "Pequi",
            "Jatobá",
            "Aroeira",
            "Cedro",
            "Vértice",
            "Prisma",
            "Órbita",
            "Nexo",
            "Lume",
            "Brisa",
            "Vela",
            "Farol",
            "Âncora",
            "Mirante",
            "Trilha",
            "Rumo",
            "Ponte",
            "Elo",
            "Trevo",
            "Safira",
            "Topázio");
    private static final List<String> NETWORKS =
            List.of("Sicoob", "Sicredi", "Unicred", "Cresol", "Uniprime", "Ailos", "Credisis");
    private static final ConnectorType[] TYPES = {
        ConnectorType.PERSONAL_BANK, ConnectorType.BUSINESS_BANK, ConnectorType.INVESTMENT,
        ConnectorType.PAYMENT_ACCOUNT, ConnectorType.DIGITAL_ECONOMY, ConnectorType.INVOICE,
        ConnectorType.TELECOMMUNICATION, ConnectorType.OTHER
    };
    private static final double[] SHARES = {0.40, 0.18, 0.20, 0.10, 0.04, 0.03, 0.02, 0.03};

    private GeneratedCatalog() {}

    /** The bundled catalog plus generated connectors, {@code size} in all, ids from 1000. */
    static List<Connector> of(int size, Random random) {
        List<Connector> bundled = BundledCatalog.load();
        List<Connector> templates = bundled.stream()
                .filter(c -> !c.sandbox() && !c.credentials().isEmpty())
                .toList();
        List<Connector> catalog = new ArrayList<>(bundled);
        for (int id = 1000; catalog.size() < size; id++) {
            catalog.add(generate(id, templates.get(random.nextInt(templates.size())), random));
        }
        return catalog;
    }

    private static Connector generate(int id, Connector template, Random random) {
        ConnectorType type = pickType(random);
        boolean openFinance = random.nextDouble() < 0.45;
        Capabilities capabilities = new Capabilities(
                openFinance && random.nextDouble() < 0.4,
                openFinance && random.nextDouble() < 0.2,
                openFinance && random.nextDouble() < 0.1,
                random.nextDouble() < 0.05,
                openFinance && random.nextDouble() < 0.15);
        return new Connector(
                id,
                name(type, random),
                type,
                "BR",
                template.branding(),
                template.credentials(),
                template.access(),
                template.health(),
                template.products(),
                capabilities,
                false,
                openFinance,
                template.createdAt(),
                template.updatedAt());
    }

    private static ConnectorType pickType(Random random) {
        double roll = random.nextDouble();
        double total = 0;
        for (int i = 0; i < TYPES.length; i++) {
            total += SHARES[i];
            if (roll < total) {
                return TYPES[i];
            }
        }
        return ConnectorType.OTHER;
    }

    private static String name(ConnectorType type, Random random) {
        while (true) {
            String name = switch (type) {
                case PERSONAL_BANK -> bankName(random);
                case BUSINESS_BANK ->
                    bankName(random) + " " + pick(random, List.of("Empresas", "PJ", "Negócios", "Corporate"));
                case INVESTMENT ->
                    pick(random, random.nextBoolean() ? FOUNDERS : BRANDS) + " "
                            + pick(random, List.of("Investimentos", "Corretora", "DTVM", "Asset", "Capital"));
                case PAYMENT_ACCOUNT ->
                    pick(random, BRANDS) + pick(random, List.of("Pay", " Pagamentos", " Conta", "Cash"));
                default -> pick(random, BRANDS) + " " + pick(random, List.of("Energia", "Telecom", "Seguros", "Shop"));
            };
            if (random.nextBoolean()) {
                name += " " + (1 + random.nextInt(999));
            }
            if (!NameFolding.fold(name).contains("itau")) {
                return name;
            }
        }
    }

    private static String bankName(Random random) {
        double roll = random.nextDouble();
        if (roll < 0.34) {
            List<String> kind = List.of(REGIONS, FOUNDERS, BRANDS, CITIES).get(random.nextInt(4));
            return "Banco " + pick(random, kind);
        }
        if (roll < 0.62) {
            return pick(random, NETWORKS) + " " + pick(random, random.nextBoolean() ? CITIES : REGIONS);
        }
        if (roll < 0.76) {
            return "Cooperativa de Crédito " + pick(random, CITIES);
        }
        if (roll < 0.88) {
            return pick(random, BRANDS) + " " + pick(random, List.of("Bank", "Digital", "Conta", "Banco Digital"));
        }
        return "Caixa " + pick(random, random.nextBoolean() ? FOUNDERS : REGIONS);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
