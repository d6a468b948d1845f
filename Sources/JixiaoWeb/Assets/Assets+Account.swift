extension Assets {
    /// The 账户 menu of the top bar (`AccountMenu`): a summary that opens a small panel below it.
    static let accountCSS = #"""
        header.top .account-menu { position: relative; display: inline-block; }
        header.top .account-menu summary { cursor: pointer; padding: .15rem .4rem; }
        header.top .account-menu .account-items { position: absolute; right: 0; z-index: 20; min-width: 9rem;
          display: flex; flex-direction: column; gap: .4rem; padding: .6rem .8rem; background: #1f4e79;
          border: 1px solid #fff; border-radius: 4px; }
        header.top .account-menu .account-items a { margin-right: 0; }
        @media print { header.top .account-menu { display: none; } }
        """#
}
