global using Ardalis.GuardClauses;
