// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postdirectory.h"

#include <QStringBuilder>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace Reftel::Synth
{
namespace
{
struct Entry
{
    const char *token;
    const char *origin;
    const char *spelled;
    const char *from;
    const char *country;
};

// Origins as the real pages (/work/shared/real/html) give them where one of the
// 250 pages comes from the post; the others follow the same pattern ("Embassy"
// for capitals, "Consulate" for consulates). Country codes are the FIPS 10-4
// codes the TAGS line uses (KZ Kazakhstan, TU Turkey, IZ Iraq, JA Japan...).
// Sorted by token for the binary search.
constexpr Entry entries[] = {
    { "ABIDJAN", "Embassy Abidjan", "ABIDJAN", "AMEMBASSY ABIDJAN", "IV" },
    { "ABUDHABI", "Embassy Abu Dhabi", "ABU DHABI", "AMEMBASSY ABU DHABI", "AE" },
    { "ABUJA", "Embassy Abuja", "ABUJA", "AMEMBASSY ABUJA", "NI" },
    { "ACCRA", "Embassy Accra", "ACCRA", "AMEMBASSY ACCRA", "GH" },
    { "ADANA", "Consulate Adana", "ADANA", "AMCONSUL ADANA", "TU" },
    { "ADDISABABA", "Embassy Addis Ababa", "ADDIS ABABA", "AMEMBASSY ADDIS ABABA", "ET" },
    { "AITTAIPEI", "American Institute Taiwan, Taipei", "AIT TAIPEI", "AIT TAIPEI", "TW" },
    { "ALEXANDRIA", "Consulate Alexandria", "ALEXANDRIA", "AMCONSUL ALEXANDRIA", "EG" },
    { "ALGIERS", "Embassy Algiers", "ALGIERS", "AMEMBASSY ALGIERS", "AG" },
    { "ALMATY", "Embassy Almaty", "ALMATY", "AMEMBASSY ALMATY", "KZ" },
    { "AMMAN", "Embassy Amman", "AMMAN", "AMEMBASSY AMMAN", "JO" },
    { "AMSTERDAM", "Consulate Amsterdam", "AMSTERDAM", "AMCONSUL AMSTERDAM", "NL" },
    { "ANKARA", "Embassy Ankara", "ANKARA", "AMEMBASSY ANKARA", "TU" },
    { "ANTANANARIVO", "Embassy Antananarivo", "ANTANANARIVO", "AMEMBASSY ANTANANARIVO", "MA" },
    { "APIA", "Embassy Apia", "APIA", "AMEMBASSY APIA", "WS" },
    { "ASHGABAT", "Embassy Ashgabat", "ASHGABAT", "AMEMBASSY ASHGABAT", "TX" },
    { "ASMARA", "Embassy Asmara", "ASMARA", "AMEMBASSY ASMARA", "ER" },
    { "ASTANA", "Embassy Astana", "ASTANA", "AMEMBASSY ASTANA", "KZ" },
    { "ASUNCION", "Embassy Asuncion", "ASUNCION", "AMEMBASSY ASUNCION", "PA" },
    { "ATHENS", "Embassy Athens", "ATHENS", "AMEMBASSY ATHENS", "GR" },
    { "AUCKLAND", "Consulate Auckland", "AUCKLAND", "AMCONSUL AUCKLAND", "NZ" },
    { "BAGHDAD", "Embassy Baghdad", "BAGHDAD", "AMEMBASSY BAGHDAD", "IZ" },
    { "BAKU", "Embassy Baku", "BAKU", "AMEMBASSY BAKU", "AJ" },
    { "BAMAKO", "Embassy Bamako", "BAMAKO", "AMEMBASSY BAMAKO", "ML" },
    { "BANDARSERIBEGAWAN", "Embassy Bandar Seri Begawan", "BANDAR SERI BEGAWAN", "AMEMBASSY BANDAR SERI BEGAWAN",
        "BX" },
    { "BANGKOK", "Embassy Bangkok", "BANGKOK", "AMEMBASSY BANGKOK", "TH" },
    { "BANGUI", "Embassy Bangui", "BANGUI", "AMEMBASSY BANGUI", "CT" },
    { "BANJUL", "Embassy Banjul", "BANJUL", "AMEMBASSY BANJUL", "GA" },
    { "BARCELONA", "Consulate Barcelona", "BARCELONA", "AMCONSUL BARCELONA", "SP" },
    { "BASRAH", "REO Basrah", "BASRAH", "REO BASRAH", "IZ" },
    { "BEIJING", "Embassy Beijing", "BEIJING", "AMEMBASSY BEIJING", "CH" },
    { "BEIRUT", "Embassy Beirut", "BEIRUT", "AMEMBASSY BEIRUT", "LE" },
    { "BELFAST", "Consulate Belfast", "BELFAST", "AMCONSUL BELFAST", "UK" },
    { "BELGRADE", "Embassy Belgrade", "BELGRADE", "AMEMBASSY BELGRADE", "SR" },
    { "BELIZE", "Embassy Belize", "BELIZE", "AMEMBASSY BELIZE", "BH" },
    { "BELMOPAN", "Embassy Belmopan", "BELMOPAN", "AMEMBASSY BELMOPAN", "BH" },
    { "BERLIN", "Embassy Berlin", "BERLIN", "AMEMBASSY BERLIN", "GM" },
    { "BERN", "Embassy Bern", "BERN", "AMEMBASSY BERN", "SZ" },
    { "BISHKEK", "Embassy Bishkek", "BISHKEK", "AMEMBASSY BISHKEK", "KG" },
    { "BOGOTA", "Embassy Bogota", "BOGOTA", "AMEMBASSY BOGOTA", "CO" },
    { "BONN", "Embassy Bonn", "BONN", "AMEMBASSY BONN", "GM" },
    { "BRASILIA", "Embassy Brasilia", "BRASILIA", "AMEMBASSY BRASILIA", "BR" },
    { "BRATISLAVA", "Embassy Bratislava", "BRATISLAVA", "AMEMBASSY BRATISLAVA", "LO" },
    { "BRAZZAVILLE", "Embassy Brazzaville", "BRAZZAVILLE", "AMEMBASSY BRAZZAVILLE", "CF" },
    { "BRIDGETOWN", "Embassy Bridgetown", "BRIDGETOWN", "AMEMBASSY BRIDGETOWN", "BB" },
    { "BRUSSELS", "Embassy Brussels", "BRUSSELS", "AMEMBASSY BRUSSELS", "BE" },
    { "BUCHAREST", "Embassy Bucharest", "BUCHAREST", "AMEMBASSY BUCHAREST", "RO" },
    { "BUDAPEST", "Embassy Budapest", "BUDAPEST", "AMEMBASSY BUDAPEST", "HU" },
    { "BUENOSAIRES", "Embassy Buenos Aires", "BUENOS AIRES", "AMEMBASSY BUENOS AIRES", "AR" },
    { "BUJUMBURA", "Embassy Bujumbura", "BUJUMBURA", "AMEMBASSY BUJUMBURA", "BY" },
    { "CAIRO", "Embassy Cairo", "CAIRO", "AMEMBASSY CAIRO", "EG" },
    { "CALCUTTA", "Consulate Calcutta", "CALCUTTA", "AMCONSUL CALCUTTA", "IN" },
    { "CALGARY", "Consulate Calgary", "CALGARY", "AMCONSUL CALGARY", "CA" },
    { "CANBERRA", "Embassy Canberra", "CANBERRA", "AMEMBASSY CANBERRA", "AS" },
    { "CAPETOWN", "Consulate Cape Town", "CAPE TOWN", "AMCONSUL CAPE TOWN", "SF" },
    { "CARACAS", "Embassy Caracas", "CARACAS", "AMEMBASSY CARACAS", "VE" },
    { "CASABLANCA", "Consulate Casablanca", "CASABLANCA", "AMCONSUL CASABLANCA", "MO" },
    { "CDGENEVA", "Mission CD Geneva", "CD GENEVA", "USMISSION CD GENEVA", "SZ" },
    { "CHENGDU", "Consulate Chengdu", "CHENGDU", "AMCONSUL CHENGDU", "CH" },
    { "CHENNAI", "Consulate Chennai", "CHENNAI", "AMCONSUL CHENNAI", "IN" },
    { "CHIANGMAI", "Consulate Chiang Mai", "CHIANG MAI", "AMCONSUL CHIANG MAI", "TH" },
    { "CHISINAU", "Embassy Chisinau", "CHISINAU", "AMEMBASSY CHISINAU", "MD" },
    { "CIUDADJUAREZ", "Consulate Ciudad Juarez", "CIUDAD JUAREZ", "AMCONSUL CIUDAD JUAREZ", "MX" },
    { "COLOMBO", "Embassy Colombo", "COLOMBO", "AMEMBASSY COLOMBO", "CE" },
    { "CONAKRY", "Embassy Conakry", "CONAKRY", "AMEMBASSY CONAKRY", "GV" },
    { "COPENHAGEN", "Embassy Copenhagen", "COPENHAGEN", "AMEMBASSY COPENHAGEN", "DA" },
    { "COTONOU", "Embassy Cotonou", "COTONOU", "AMEMBASSY COTONOU", "BN" },
    { "CURACAO", "Consulate Curacao", "CURACAO", "AMCONSUL CURACAO", "NT" },
    { "DAKAR", "Embassy Dakar", "DAKAR", "AMEMBASSY DAKAR", "SG" },
    { "DAMASCUS", "Embassy Damascus", "DAMASCUS", "AMEMBASSY DAMASCUS", "SY" },
    { "DARESSALAAM", "Embassy Dar Es Salaam", "DAR ES SALAAM", "AMEMBASSY DAR ES SALAAM", "TZ" },
    { "DHAHRAN", "Consulate Dhahran", "DHAHRAN", "AMCONSUL DHAHRAN", "SA" },
    { "DHAKA", "Embassy Dhaka", "DHAKA", "AMEMBASSY DHAKA", "BG" },
    { "DILI", "Embassy Dili", "DILI", "AMEMBASSY DILI", "TT" },
    { "DJIBOUTI", "Embassy Djibouti", "DJIBOUTI", "AMEMBASSY DJIBOUTI", "DJ" },
    { "DOHA", "Embassy Doha", "DOHA", "AMEMBASSY DOHA", "QA" },
    { "DUBAI", "Consulate Dubai", "DUBAI", "AMCONSUL DUBAI", "AE" },
    { "DUBLIN", "Embassy Dublin", "DUBLIN", "AMEMBASSY DUBLIN", "EI" },
    { "DURBAN", "Consulate Durban", "DURBAN", "AMCONSUL DURBAN", "SF" },
    { "DUSHANBE", "Embassy Dushanbe", "DUSHANBE", "AMEMBASSY DUSHANBE", "TI" },
    { "DUSSELDORF", "Consulate Dusseldorf", "DUSSELDORF", "AMCONSUL DUSSELDORF", "GM" },
    { "FLORENCE", "Consulate Florence", "FLORENCE", "AMCONSUL FLORENCE", "IT" },
    { "FRANKFURT", "Consulate Frankfurt", "FRANKFURT", "AMCONSUL FRANKFURT", "GM" },
    { "FREETOWN", "Embassy Freetown", "FREETOWN", "AMEMBASSY FREETOWN", "SL" },
    { "FUKUOKA", "Consulate Fukuoka", "FUKUOKA", "AMCONSUL FUKUOKA", "JA" },
    { "GABORONE", "Embassy Gaborone", "GABORONE", "AMEMBASSY GABORONE", "BC" },
    { "GENEVA", "US Mission Geneva", "GENEVA", "USMISSION GENEVA", "SZ" },
    { "GEORGETOWN", "Embassy Georgetown", "GEORGETOWN", "AMEMBASSY GEORGETOWN", "GY" },
    { "GRENADA", "Embassy Grenada", "GRENADA", "AMEMBASSY GRENADA", "GJ" },
    { "GUADALAJARA", "Consulate Guadalajara", "GUADALAJARA", "AMCONSUL GUADALAJARA", "MX" },
    { "GUANGZHOU", "Consulate Guangzhou", "GUANGZHOU", "AMCONSUL GUANGZHOU", "CH" },
    { "GUATEMALA", "Embassy Guatemala", "GUATEMALA", "AMEMBASSY GUATEMALA", "GT" },
    { "GUAYAQUIL", "Consulate Guayaquil", "GUAYAQUIL", "AMCONSUL GUAYAQUIL", "EC" },
    { "HALIFAX", "Consulate Halifax", "HALIFAX", "AMCONSUL HALIFAX", "CA" },
    { "HAMBURG", "Consulate Hamburg", "HAMBURG", "AMCONSUL HAMBURG", "GM" },
    { "HAMILTON", "Consulate Hamilton", "HAMILTON", "AMCONSUL HAMILTON", "BD" },
    { "HANOI", "Embassy Hanoi", "HANOI", "AMEMBASSY HANOI", "VM" },
    { "HARARE", "Embassy Harare", "HARARE", "AMEMBASSY HARARE", "ZI" },
    { "HAVANA", "US Interests Section Havana", "HAVANA", "USINT HAVANA", "CU" },
    { "HELSINKI", "Embassy Helsinki", "HELSINKI", "AMEMBASSY HELSINKI", "FI" },
    { "HERMOSILLO", "Consulate Hermosillo", "HERMOSILLO", "AMCONSUL HERMOSILLO", "MX" },
    { "HILLAH", "REO Hillah", "HILLAH", "REO HILLAH", "IZ" },
    { "HOCHIMINHCITY", "Consulate Ho Chi Minh City", "HO CHI MINH CITY", "AMCONSUL HO CHI MINH CITY", "VM" },
    { "HONGKONG", "Consulate Hong Kong", "HONG KONG", "AMCONSUL HONG KONG", "HK" },
    { "HYDERABAD", "Consulate Hyderabad", "HYDERABAD", "AMCONSUL HYDERABAD", "IN" },
    { "IRANRPODUBAI", "Iran RPO Dubai", "IRAN RPO DUBAI", "IRAN RPO DUBAI", "IR" },
    { "ISLAMABAD", "Embassy Islamabad", "ISLAMABAD", "AMEMBASSY ISLAMABAD", "PK" },
    { "ISTANBUL", "Consulate Istanbul", "ISTANBUL", "AMCONSUL ISTANBUL", "TU" },
    { "IZMIR", "Consulate Izmir", "IZMIR", "AMCONSUL IZMIR", "TU" },
    { "JAKARTA", "Embassy Jakarta", "JAKARTA", "AMEMBASSY JAKARTA", "ID" },
    { "JEDDAH", "Consulate Jeddah", "JEDDAH", "AMCONSUL JEDDAH", "SA" },
    { "JERUSALEM", "Consulate Jerusalem", "JERUSALEM", "AMCONSUL JERUSALEM", "IS" },
    { "JOHANNESBURG", "Consulate Johannesburg", "JOHANNESBURG", "AMCONSUL JOHANNESBURG", "SF" },
    { "KABUL", "Embassy Kabul", "KABUL", "AMEMBASSY KABUL", "AF" },
    { "KADUNA", "Consulate Kaduna", "KADUNA", "AMCONSUL KADUNA", "NI" },
    { "KAMPALA", "Embassy Kampala", "KAMPALA", "AMEMBASSY KAMPALA", "UG" },
    { "KARACHI", "Consulate Karachi", "KARACHI", "AMCONSUL KARACHI", "PK" },
    { "KATHMANDU", "Embassy Kathmandu", "KATHMANDU", "AMEMBASSY KATHMANDU", "NP" },
    { "KHARTOUM", "Embassy Khartoum", "KHARTOUM", "AMEMBASSY KHARTOUM", "SU" },
    { "KIEV", "Embassy Kiev", "KIEV", "AMEMBASSY KIEV", "UP" },
    { "KIGALI", "Embassy Kigali", "KIGALI", "AMEMBASSY KIGALI", "RW" },
    { "KINGSTON", "Embassy Kingston", "KINGSTON", "AMEMBASSY KINGSTON", "JM" },
    { "KINSHASA", "Embassy Kinshasa", "KINSHASA", "AMEMBASSY KINSHASA", "CG" },
    { "KIRKUK", "REO Kirkuk", "KIRKUK", "REO KIRKUK", "IZ" },
    { "KOLKATA", "Consulate Kolkata", "KOLKATA", "AMCONSUL KOLKATA", "IN" },
    { "KOLONIA", "Embassy Kolonia", "KOLONIA", "AMEMBASSY KOLONIA", "FM" },
    { "KOROR", "Embassy Koror", "KOROR", "AMEMBASSY KOROR", "PS" },
    { "KRAKOW", "Consulate Krakow", "KRAKOW", "AMCONSUL KRAKOW", "PL" },
    { "KUALALUMPUR", "Embassy Kuala Lumpur", "KUALA LUMPUR", "AMEMBASSY KUALA LUMPUR", "MY" },
    { "KUWAIT", "Embassy Kuwait", "KUWAIT", "AMEMBASSY KUWAIT", "KU" },
    { "KYIV", "Embassy Kyiv", "KYIV", "AMEMBASSY KYIV", "UP" },
    { "LAGOS", "Consulate Lagos", "LAGOS", "AMCONSUL LAGOS", "NI" },
    { "LAHORE", "Consulate Lahore", "LAHORE", "AMCONSUL LAHORE", "PK" },
    { "LAPAZ", "Embassy La Paz", "LA PAZ", "AMEMBASSY LA PAZ", "BL" },
    { "LEIPZIG", "Consulate Leipzig", "LEIPZIG", "AMCONSUL LEIPZIG", "GM" },
    { "LENINGRAD", "Consulate Leningrad", "LENINGRAD", "AMCONSUL LENINGRAD", "UR" },
    { "LIBREVILLE", "Embassy Libreville", "LIBREVILLE", "AMEMBASSY LIBREVILLE", "GB" },
    { "LILONGWE", "Embassy Lilongwe", "LILONGWE", "AMEMBASSY LILONGWE", "MI" },
    { "LIMA", "Embassy Lima", "LIMA", "AMEMBASSY LIMA", "PE" },
    { "LISBON", "Embassy Lisbon", "LISBON", "AMEMBASSY LISBON", "PO" },
    { "LJUBLJANA", "Embassy Ljubljana", "LJUBLJANA", "AMEMBASSY LJUBLJANA", "SI" },
    { "LOME", "Embassy Lome", "LOME", "AMEMBASSY LOME", "TO" },
    { "LONDON", "Embassy London", "LONDON", "AMEMBASSY LONDON", "UK" },
    { "LUANDA", "Embassy Luanda", "LUANDA", "AMEMBASSY LUANDA", "AO" },
    { "LUSAKA", "Embassy Lusaka", "LUSAKA", "AMEMBASSY LUSAKA", "ZA" },
    { "LUXEMBOURG", "Embassy Luxembourg", "LUXEMBOURG", "AMEMBASSY LUXEMBOURG", "LU" },
    { "MADRAS", "Consulate Madras", "MADRAS", "AMCONSUL MADRAS", "IN" },
    { "MADRID", "Embassy Madrid", "MADRID", "AMEMBASSY MADRID", "SP" },
    { "MAJURO", "Embassy Majuro", "MAJURO", "AMEMBASSY MAJURO", "RM" },
    { "MALABO", "Embassy Malabo", "MALABO", "AMEMBASSY MALABO", "EK" },
    { "MANAGUA", "Embassy Managua", "MANAGUA", "AMEMBASSY MANAGUA", "NU" },
    { "MANAMA", "Embassy Manama", "MANAMA", "AMEMBASSY MANAMA", "BA" },
    { "MANILA", "Embassy Manila", "MANILA", "AMEMBASSY MANILA", "RP" },
    { "MAPUTO", "Embassy Maputo", "MAPUTO", "AMEMBASSY MAPUTO", "MZ" },
    { "MARSEILLE", "Consulate Marseille", "MARSEILLE", "AMCONSUL MARSEILLE", "FR" },
    { "MASERU", "Embassy Maseru", "MASERU", "AMEMBASSY MASERU", "LT" },
    { "MATAMOROS", "Consulate Matamoros", "MATAMOROS", "AMCONSUL MATAMOROS", "MX" },
    { "MBABANE", "Embassy Mbabane", "MBABANE", "AMEMBASSY MBABANE", "WZ" },
    { "MELBOURNE", "Consulate Melbourne", "MELBOURNE", "AMCONSUL MELBOURNE", "AS" },
    { "MERIDA", "Consulate Merida", "MERIDA", "AMCONSUL MERIDA", "MX" },
    { "MEXICO", "Embassy Mexico", "MEXICO", "AMEMBASSY MEXICO", "MX" },
    { "MILAN", "Consulate Milan", "MILAN", "AMCONSUL MILAN", "IT" },
    { "MINSK", "Embassy Minsk", "MINSK", "AMEMBASSY MINSK", "BO" },
    { "MOGADISHU", "Embassy Mogadishu", "MOGADISHU", "AMEMBASSY MOGADISHU", "SO" },
    { "MONROVIA", "Embassy Monrovia", "MONROVIA", "AMEMBASSY MONROVIA", "LI" },
    { "MONTERREY", "Consulate Monterrey", "MONTERREY", "AMCONSUL MONTERREY", "MX" },
    { "MONTEVIDEO", "Embassy Montevideo", "MONTEVIDEO", "AMEMBASSY MONTEVIDEO", "UY" },
    { "MONTREAL", "Consulate Montreal", "MONTREAL", "AMCONSUL MONTREAL", "CA" },
    { "MOSCOW", "Embassy Moscow", "MOSCOW", "AMEMBASSY MOSCOW", "RS" },
    { "MOSUL", "REO Mosul", "MOSUL", "REO MOSUL", "IZ" },
    { "MUMBAI", "Consulate Mumbai", "MUMBAI", "AMCONSUL MUMBAI", "IN" },
    { "MUNICH", "Consulate Munich", "MUNICH", "AMCONSUL MUNICH", "GM" },
    { "MUSCAT", "Embassy Muscat", "MUSCAT", "AMEMBASSY MUSCAT", "MU" },
    { "NAGOYA", "Consulate Nagoya", "NAGOYA", "AMCONSUL NAGOYA", "JA" },
    { "NAHA", "Consulate Naha", "NAHA", "AMCONSUL NAHA", "JA" },
    { "NAIROBI", "Embassy Nairobi", "NAIROBI", "AMEMBASSY NAIROBI", "KE" },
    { "NAPLES", "Consulate Naples", "NAPLES", "AMCONSUL NAPLES", "IT" },
    { "NASSAU", "Embassy Nassau", "NASSAU", "AMEMBASSY NASSAU", "BF" },
    { "NDJAMENA", "Embassy Ndjamena", "NDJAMENA", "AMEMBASSY NDJAMENA", "CD" },
    { "NEWDELHI", "Embassy New Delhi", "NEW DELHI", "AMEMBASSY NEW DELHI", "IN" },
    { "NIAMEY", "Embassy Niamey", "NIAMEY", "AMEMBASSY NIAMEY", "NG" },
    { "NICOSIA", "Embassy Nicosia", "NICOSIA", "AMEMBASSY NICOSIA", "CY" },
    { "NOGALES", "Consulate Nogales", "NOGALES", "AMCONSUL NOGALES", "MX" },
    { "NOUAKCHOTT", "Embassy Nouakchott", "NOUAKCHOTT", "AMEMBASSY NOUAKCHOTT", "MR" },
    { "NUEVOLAREDO", "Consulate Nuevo Laredo", "NUEVO LAREDO", "AMCONSUL NUEVO LAREDO", "MX" },
    { "OSAKAKOBE", "Consulate Osaka Kobe", "OSAKA KOBE", "AMCONSUL OSAKA KOBE", "JA" },
    { "OSLO", "Embassy Oslo", "OSLO", "AMEMBASSY OSLO", "NO" },
    { "OTTAWA", "Embassy Ottawa", "OTTAWA", "AMEMBASSY OTTAWA", "CA" },
    { "OUAGADOUGOU", "Embassy Ouagadougou", "OUAGADOUGOU", "AMEMBASSY OUAGADOUGOU", "UV" },
    { "PANAMA", "Embassy Panama", "PANAMA", "AMEMBASSY PANAMA", "PM" },
    { "PARAMARIBO", "Embassy Paramaribo", "PARAMARIBO", "AMEMBASSY PARAMARIBO", "NS" },
    { "PARIS", "Embassy Paris", "PARIS", "AMEMBASSY PARIS", "FR" },
    { "PARISFR", "Mission UNESCO", "PARIS FR", "USMISSION PARIS FR", "FR" },
    { "PERTH", "Consulate Perth", "PERTH", "AMCONSUL PERTH", "AS" },
    { "PESHAWAR", "Consulate Peshawar", "PESHAWAR", "AMCONSUL PESHAWAR", "PK" },
    { "PHNOMPENH", "Embassy Phnom Penh", "PHNOM PENH", "AMEMBASSY PHNOM PENH", "CB" },
    { "PODGORICA", "Embassy Podgorica", "PODGORICA", "AMEMBASSY PODGORICA", "MJ" },
    { "PONTADELGADA", "Consulate Ponta Delgada", "PONTA DELGADA", "AMCONSUL PONTA DELGADA", "PO" },
    { "PORTAUPRINCE", "Embassy Port Au Prince", "PORT AU PRINCE", "AMEMBASSY PORT AU PRINCE", "HA" },
    { "PORTLOUIS", "Embassy Port Louis", "PORT LOUIS", "AMEMBASSY PORT LOUIS", "MP" },
    { "PORTMORESBY", "Embassy Port Moresby", "PORT MORESBY", "AMEMBASSY PORT MORESBY", "PP" },
    { "PORTOFSPAIN", "Embassy Port Of Spain", "PORT OF SPAIN", "AMEMBASSY PORT OF SPAIN", "TD" },
    { "PRAGUE", "Embassy Prague", "PRAGUE", "AMEMBASSY PRAGUE", "EZ" },
    { "PRAIA", "Embassy Praia", "PRAIA", "AMEMBASSY PRAIA", "CV" },
    { "PRETORIA", "Embassy Pretoria", "PRETORIA", "AMEMBASSY PRETORIA", "SF" },
    { "PRISTINA", "Embassy Pristina", "PRISTINA", "AMEMBASSY PRISTINA", "KV" },
    { "QUEBEC", "Consulate Quebec", "QUEBEC", "AMCONSUL QUEBEC", "CA" },
    { "QUITO", "Embassy Quito", "QUITO", "AMEMBASSY QUITO", "EC" },
    { "RABAT", "Embassy Rabat", "RABAT", "AMEMBASSY RABAT", "MO" },
    { "RANGOON", "Embassy Rangoon", "RANGOON", "AMEMBASSY RANGOON", "BM" },
    { "RECIFE", "Consulate Recife", "RECIFE", "AMCONSUL RECIFE", "BR" },
    { "REYKJAVIK", "Embassy Reykjavik", "REYKJAVIK", "AMEMBASSY REYKJAVIK", "IC" },
    { "RIGA", "Embassy Riga", "RIGA", "AMEMBASSY RIGA", "LG" },
    { "RIODEJANEIRO", "Consulate Rio De Janeiro", "RIO DE JANEIRO", "AMCONSUL RIO DE JANEIRO", "BR" },
    { "RIYADH", "Embassy Riyadh", "RIYADH", "AMEMBASSY RIYADH", "SA" },
    { "ROME", "Embassy Rome", "ROME", "AMEMBASSY ROME", "IT" },
    { "RPODUBAI", "Iran RPO Dubai", "RPO DUBAI", "RPO DUBAI", "IR" },
    { "SANAA", "Embassy Sanaa", "SANAA", "AMEMBASSY SANAA", "YM" },
    { "SANJOSE", "Embassy San Jose", "SAN JOSE", "AMEMBASSY SAN JOSE", "CS" },
    { "SANSALVADOR", "Embassy San Salvador", "SAN SALVADOR", "AMEMBASSY SAN SALVADOR", "ES" },
    { "SANTIAGO", "Embassy Santiago", "SANTIAGO", "AMEMBASSY SANTIAGO", "CI" },
    { "SANTODOMINGO", "Embassy Santo Domingo", "SANTO DOMINGO", "AMEMBASSY SANTO DOMINGO", "DR" },
    { "SAOPAULO", "Consulate Sao Paulo", "SAO PAULO", "AMCONSUL SAO PAULO", "BR" },
    { "SAPPORO", "Consulate Sapporo", "SAPPORO", "AMCONSUL SAPPORO", "JA" },
    { "SARAJEVO", "Embassy Sarajevo", "SARAJEVO", "AMEMBASSY SARAJEVO", "BK" },
    { "SEOUL", "Embassy Seoul", "SEOUL", "AMEMBASSY SEOUL", "KS" },
    { "SHANGHAI", "Consulate Shanghai", "SHANGHAI", "AMCONSUL SHANGHAI", "CH" },
    { "SHENYANG", "Consulate Shenyang", "SHENYANG", "AMCONSUL SHENYANG", "CH" },
    { "SINGAPORE", "Embassy Singapore", "SINGAPORE", "AMEMBASSY SINGAPORE", "SN" },
    { "SKOPJE", "Embassy Skopje", "SKOPJE", "AMEMBASSY SKOPJE", "MK" },
    { "SOFIA", "Embassy Sofia", "SOFIA", "AMEMBASSY SOFIA", "BU" },
    { "STATE", "Secretary of State", "STATE", "SECSTATE WASHDC", "US" },
    { "STOCKHOLM", "Embassy Stockholm", "STOCKHOLM", "AMEMBASSY STOCKHOLM", "SW" },
    { "STPETERSBURG", "Consulate St Petersburg", "ST PETERSBURG", "AMCONSUL ST PETERSBURG", "RS" },
    { "STRASBOURG", "Consulate Strasbourg", "STRASBOURG", "AMCONSUL STRASBOURG", "FR" },
    { "SURABAYA", "Consulate Surabaya", "SURABAYA", "AMCONSUL SURABAYA", "ID" },
    { "SUVA", "Embassy Suva", "SUVA", "AMEMBASSY SUVA", "FJ" },
    { "SYDNEY", "Consulate Sydney", "SYDNEY", "AMCONSUL SYDNEY", "AS" },
    { "TAIPEI", "American Institute Taiwan, Taipei", "TAIPEI", "AIT TAIPEI", "TW" },
    { "TALLINN", "Embassy Tallinn", "TALLINN", "AMEMBASSY TALLINN", "EN" },
    { "TASHKENT", "Embassy Tashkent", "TASHKENT", "AMEMBASSY TASHKENT", "UZ" },
    { "TBILISI", "Embassy Tbilisi", "TBILISI", "AMEMBASSY TBILISI", "GG" },
    { "TEGUCIGALPA", "Embassy Tegucigalpa", "TEGUCIGALPA", "AMEMBASSY TEGUCIGALPA", "HO" },
    { "TEHRAN", "Embassy Tehran", "TEHRAN", "AMEMBASSY TEHRAN", "IR" },
    { "TELAVIV", "Embassy Tel Aviv", "TEL AVIV", "AMEMBASSY TEL AVIV", "IS" },
    { "THEHAGUE", "Embassy The Hague", "THE HAGUE", "AMEMBASSY THE HAGUE", "NL" },
    { "THESSALONIKI", "Consulate Thessaloniki", "THESSALONIKI", "AMCONSUL THESSALONIKI", "GR" },
    { "TIJUANA", "Consulate Tijuana", "TIJUANA", "AMCONSUL TIJUANA", "MX" },
    { "TIRANA", "Embassy Tirana", "TIRANA", "AMEMBASSY TIRANA", "AL" },
    { "TOKYO", "Embassy Tokyo", "TOKYO", "AMEMBASSY TOKYO", "JA" },
    { "TORONTO", "Consulate Toronto", "TORONTO", "AMCONSUL TORONTO", "CA" },
    { "TRIPOLI", "Embassy Tripoli", "TRIPOLI", "AMEMBASSY TRIPOLI", "LY" },
    { "TUNIS", "Embassy Tunis", "TUNIS", "AMEMBASSY TUNIS", "TS" },
    { "ULAANBAATAR", "Embassy Ulaanbaatar", "ULAANBAATAR", "AMEMBASSY ULAANBAATAR", "MG" },
    { "UNESCOPARIS", "Mission UNESCO", "UNESCO PARIS", "USMISSION UNESCO PARIS", "FR" },
    { "UNESCOPARISFR", "Mission UNESCO", "UNESCO PARIS FR", "USMISSION UNESCO PARIS FR", "FR" },
    { "UNROME", "UN Rome", "UN ROME", "USMISSION UN ROME", "IT" },
    { "UNVIEVIENNA", "UNVIE", "UNVIE VIENNA", "USMISSION UNVIE VIENNA", "AU" },
    { "USEUBRUSSELS", "USEU Brussels", "USEU BRUSSELS", "USMISSION USEU BRUSSELS", "BE" },
    { "USNATO", "Mission USNATO", "USNATO", "USMISSION USNATO", "NATO" },
    { "USOSCE", "Mission USOSCE", "USOSCE", "USMISSION USOSCE", "OSCE" },
    { "USTRGENEVA", "Mission USTR Geneva", "USTR GENEVA", "USMISSION USTR GENEVA", "SZ" },
    { "USUNNEWYORK", "USUN New York", "USUN NEW YORK", "USMISSION USUN NEW YORK", "UNSC" },
    { "VALLETTA", "Embassy Valletta", "VALLETTA", "AMEMBASSY VALLETTA", "MT" },
    { "VANCOUVER", "Consulate Vancouver", "VANCOUVER", "AMCONSUL VANCOUVER", "CA" },
    { "VATICAN", "Embassy Vatican", "VATICAN", "AMEMBASSY VATICAN", "VT" },
    { "VIENNA", "Embassy Vienna", "VIENNA", "AMEMBASSY VIENNA", "AU" },
    { "VIENTIANE", "Embassy Vientiane", "VIENTIANE", "AMEMBASSY VIENTIANE", "LA" },
    { "VILNIUS", "Embassy Vilnius", "VILNIUS", "AMEMBASSY VILNIUS", "LH" },
    { "VLADIVOSTOK", "Consulate Vladivostok", "VLADIVOSTOK", "AMCONSUL VLADIVOSTOK", "RS" },
    { "WARSAW", "Embassy Warsaw", "WARSAW", "AMEMBASSY WARSAW", "PL" },
    { "WASHDC", "Secretary of State", "WASHDC", "SECSTATE WASHDC", "US" },
    { "WELLINGTON", "Embassy Wellington", "WELLINGTON", "AMEMBASSY WELLINGTON", "NZ" },
    { "WINDHOEK", "Embassy Windhoek", "WINDHOEK", "AMEMBASSY WINDHOEK", "WA" },
    { "YAOUNDE", "Embassy Yaounde", "YAOUNDE", "AMEMBASSY YAOUNDE", "CM" },
    { "YEKATERINBURG", "Consulate Yekaterinburg", "YEKATERINBURG", "AMCONSUL YEKATERINBURG", "RS" },
    { "YEREVAN", "Embassy Yerevan", "YEREVAN", "AMEMBASSY YEREVAN", "AM" },
    { "ZAGREB", "Embassy Zagreb", "ZAGREB", "AMEMBASSY ZAGREB", "HR" },
};

bool tokenLess(const Entry &e, QByteArrayView token)
{
    return QByteArrayView(e.token, qsizetype(std::strlen(e.token))) < token;
}

const Entry *find(QByteArrayView token)
{
    const auto it = std::lower_bound(std::begin(entries), std::end(entries), token, tokenLess);
    if (it != std::end(entries) && QByteArrayView(it->token, qsizetype(std::strlen(it->token))) == token)
        return it;
    return nullptr;
}

// A routing indicator in the RUEH series, stable for a post: the real ones
// (RUEHTA Astana, RUEHMO Moscow) are not derivable, any stable pair will do.
QByteArray stationFor(QByteArrayView token)
{
    if (token == "STATE" || token == "WASHDC")
        return QByteArrayLiteral("RUEHC");
    std::uint32_t h = 2166136261u;
    for (const char c : token)
        h = (h ^ std::uint8_t(c)) * 16777619u;
    QByteArray station = QByteArrayLiteral("RUEH");
    station += char('A' + h % 26);
    station += char('A' + (h / 26) % 26);
    return station;
}

Post fromEntry(const Entry &e)
{
    Post post;
    post.token = QByteArray(e.token);
    post.origin = QByteArray(e.origin);
    post.spelled = QByteArray(e.spelled);
    post.from = QByteArray(e.from);
    post.country = QByteArray(e.country);
    post.station = stationFor(post.token);
    post.consulate = post.origin.startsWith("Consulate ");
    post.state = post.origin == "Secretary of State";
    return post;
}
}

Post PostDirectory::lookup(QByteArrayView token)
{
    if (const Entry *e = find(token))
        return fromEntry(*e);
    // "EFTOLONDON", "AMEMBASSYHANOI", "NOFORNMOGADISHU": a caveat or an address
    // glued to the post in the release's own ids.
    for (const char *prefix : { "EFTO", "AMEMBASSY", "NOFORN" }) {
        const QByteArrayView p(prefix, qsizetype(std::strlen(prefix)));
        if (token.startsWith(p) && token.size() > p.size()) {
            if (const Entry *e = find(token.sliced(p.size()))) {
                Post post = fromEntry(*e);
                post.token = token.toByteArray();
                return post;
            }
        }
    }
    Post post;
    post.token = token.toByteArray();
    QByteArray title = post.token.toLower();
    if (!title.isEmpty())
        title[0] = char(title.at(0) - 'a' + 'A');
    post.origin = QByteArrayLiteral("Embassy ") + title;
    post.spelled = post.token;
    post.from = QByteArrayLiteral("AMEMBASSY ") + post.token;
    post.station = stationFor(token);
    return post;
}

bool PostDirectory::knows(QByteArrayView token)
{
    return find(token) != nullptr;
}

Post PostDirectory::at(int index)
{
    return fromEntry(entries[index]);
}

int PostDirectory::size()
{
    return int(std::size(entries));
}
}
