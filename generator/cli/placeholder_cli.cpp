// placeholder until the cli phase lands
