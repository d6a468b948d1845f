extension Assets {
    /// The monitoring lights: a badge with its word (红灯 …) on its colour, dark or light text
    /// chosen for contrast, so the light never rests on colour alone.
    static let monitoringCSS = #"""
        .light { display: inline-block; padding: .05rem .5rem; border-radius: .8rem; font-weight: bold; white-space: nowrap; }
        .light-red { background: #b3261e; color: #fff; }
        .light-yellow { background: #f2c12e; color: #222; }
        .light-green { background: #1e6b34; color: #fff; }
        .light-blue { background: #1f5fa8; color: #fff; }
        .light-none { background: #e0e0e0; color: #333; }
        #round-lights .light-explanation { max-width: 40rem; }
        #round-rows td.field { display: table-cell; min-width: 6rem; }
        """#
}
