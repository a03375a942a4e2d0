from fieldkit.app import main

raise SystemExit(main())
