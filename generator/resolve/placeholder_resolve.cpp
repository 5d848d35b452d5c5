// placeholder until the resolve phase lands
