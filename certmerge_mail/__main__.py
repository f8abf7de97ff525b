from certmerge_mail.cli import main

raise SystemExit(main())
