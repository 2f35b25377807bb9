global using Ardalis.GuardClauses;
global using MediatR;
