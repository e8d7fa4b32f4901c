package nl.spoor.ingest.extract;

import java.util.Set;

/**
 * Common given names in the Netherlands (Dutch, and the larger groups of Turkish, Moroccan, Surinamese,
 * Polish, Romanian and Bulgarian origin). Used only where a name stands alone without a role word, as in
 * the counterparty column of a bank statement: a known given name there makes the cell a person.
 */
final class GivenNames {

    private GivenNames() {
    }

    static boolean contains(String name) {
        return NAMES.contains(name);
    }

    private static final Set<String> NAMES = Set.copyOf(java.util.List.of(
            // Dutch, men
            "Aad", "Adrianus", "Albert", "Alexander", "Arie", "Arjan", "Arnold", "Bart", "Bas", "Ben", "Bert", "Bram",
            "Casper", "Cees", "Chris", "Christiaan", "Cornelis", "Daan", "Daniel", "David", "Dennis", "Dick", "Dirk",
            "Edwin", "Erik", "Evert", "Frank", "Frans", "Freek", "Gerard", "Gerrit", "Gijs", "Hans", "Harm", "Hendrik",
            "Henk", "Herman", "Hugo", "Jaap", "Jacob", "Jacobus", "Jan", "Jasper", "Jelle", "Jeroen", "Jesse", "Johan",
            "Johannes", "Joost", "Jos", "Jurre", "Kees", "Klaas", "Koen", "Lars", "Leo", "Levi", "Luuk", "Lucas",
            "Maarten", "Marcel", "Mark", "Martijn", "Martin", "Mats", "Max", "Michiel", "Milan", "Niels", "Noah",
            "Olivier", "Patrick", "Paul", "Peter", "Piet", "Pieter", "Richard", "Rik", "Rob", "Robert", "Roel",
            "Ruben", "Rutger", "Sander", "Sem", "Sjoerd", "Stefan", "Stijn", "Teun", "Thijs", "Thomas", "Tim", "Tom",
            "Vincent", "Wim", "Willem", "Wouter", "Finn", "Sven", "Tijmen", "Hidde", "Job", "Guus", "Ruud", "Remco",
            // Dutch, women
            "Anna", "Anne", "Annemiek", "Annemieke", "Anouk", "Astrid", "Bianca", "Carla", "Charlotte", "Corrie",
            "Daphne", "Demi", "Elisabeth", "Ellen", "Els", "Emma", "Esther", "Eva", "Femke", "Fenna", "Fleur",
            "Geertruida", "Hanna", "Ilse", "Ingrid", "Iris", "Jacoba", "Janneke", "Johanna", "Josephine", "Julia",
            "Karin", "Kim", "Laura", "Lieke", "Linda", "Lisa", "Lotte", "Lieke", "Maaike", "Manon", "Margriet",
            "Maria", "Marieke", "Marije", "Marloes", "Merel", "Mirjam", "Monique", "Nicole", "Nienke", "Noor", "Petra",
            "Renate", "Roos", "Sanne", "Sandra", "Sara", "Saskia", "Sophie", "Suzanne", "Tamara", "Tessa", "Wilma",
            "Yvonne", "Zoë", "Evi", "Julie", "Sophia", "Lynn", "Nina", "Ilona", "Jolanda", "Marjolein", "Wendy",
            // Turkish and Moroccan
            "Ahmed", "Ali", "Ayoub", "Bilal", "Burak", "Emre", "Fatima", "Hamza", "Hatice", "Hassan", "Ibrahim",
            "Karim", "Khadija", "Mehmet", "Mohamed", "Mohammed", "Mustafa", "Nadia", "Omar", "Rachid", "Said",
            "Samira", "Youssef", "Yusuf", "Zeynep", "Ayse", "Ayşe", "Elif", "Fatma", "Hakan", "Kemal", "Murat",
            "Osman", "Yasmina", "Soufiane", "Mourad", "Naima", "Nora", "Malika", "Anas", "Imane", "Ilias",
            "Mahmoud", "Muhammad", "Mohammad", "Abdelkader", "Abdel", "Abdul", "Hüseyin", "Huseyin", "Emine", "Latifa",
            "Hiba", "Rania", "Amira", "Layla", "Leila", "Yasmin", "Mariam", "Aisha", "Khalid", "Tarik", "Nabil", "Jamal",
            "Zakaria", "Adam", "Amine", "Ismail", "Ahmet", "Mehmet", "Cem", "Serkan", "Selin", "Esra", "Büşra", "Derya",
            // Syrian and Eritrean
            "Luwam", "Senait", "Yonas", "Dawit", "Tesfay", "Filmon", "Habtom", "Samir", "Rami", "Fadi", "Hussein",
            // Dutch, more
            "Marco", "Hendrika", "Hendrikus", "Gerardus", "Wilhelmina", "Cornelia", "Petrus", "Theodorus", "Antonius",
            "Johanna", "Maarten", "Gert", "Jeroen", "Ronald", "René", "Rene", "Hanneke", "Marjan", "Ans", "Truus",
            // Surinamese and Antillean
            "Rajesh", "Anjali", "Shanti", "Sunita", "Ravi", "Priya", "Glenn", "Giovanni",
            // Polish
            "Agnieszka", "Anna", "Grzegorz", "Jakub", "Joanna", "Kamil", "Katarzyna", "Krzysztof", "Magdalena",
            "Marek", "Marta", "Michał", "Piotr", "Tomasz", "Paweł", "Małgorzata", "Ewa", "Łukasz", "Monika",
            // Romanian
            "Alexandru", "Andreea", "Andrei", "Bogdan", "Cristina", "Elena", "Florin", "Gabriela", "Ioana", "Ion",
            "Marius", "Mihai", "Constantin", "Gheorghe", "Nicolae", "Stefan", "Dumitru", "Georgiana", "Raluca", "Vasile", "Adrian", "Ionut", "Mihaela", "Alina", "Daniela", "Roxana",
            // Bulgarian
            "Desislava", "Dimitar", "Georgi", "Ivan", "Ivanka", "Nikolay", "Petar", "Stoyan", "Todor", "Yordanka",
            "Maya", "Svetlana", "Elitsa", "Radostina", "Boris", "Kaloyan", "Viktoria"));
}
