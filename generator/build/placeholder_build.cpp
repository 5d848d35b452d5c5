// placeholder until the build phase lands
