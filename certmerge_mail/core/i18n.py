"""Every sentence the digest and the nudges show, in English and Japanese.

One table, keyed by language then message key.  Values are str.format
patterns.  An unknown language, or a key missing from a language, falls back
to English.
"""

from __future__ import annotations

FALLBACK = "en"

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        # --- the digest ---
        "digest_subject": "[certmerge-mail] Daily digest: {summary}",
        "digest_title": "certmerge-mail daily digest",
        "generated_at": "As of {when}",
        "summary": "{cases}, {overdue}",
        "cases_zero": "no cases",
        "cases_one": "1 case",
        "cases_other": "{n} cases",
        "overdue_zero": "none overdue",
        "overdue_other": "{n} overdue",
        "no_cases": "No account-merge case has been found in your mailbox yet.",
        "case_heading": "Case {case_id}: {state}",
        "overdue_since": "OVERDUE since {when}",
        "expected_awaiting_support": "Support's reply expected by {when}",
        "expected_awaiting_your_confirmation": "Please reply by {when}",
        "expected_awaiting_your_reply": "Please reply by {when}",
        "expected_awaiting_merge": "Merge expected to be completed by {when}",
        "expected_awaiting_badges": "Credly badges expected by {when}",
        "warning": "Warning",
        "todo": "What to do now",
        "timeline": "Timeline",
        "drafts": "Drafts",
        "checklist": "After the merge, please check",
        "footer": "Written by certmerge-mail from the mail in your mailbox. "
                  "It drafts replies but never sends anything to AWS for you.",
        # --- the nudge ---
        "nudge_subject": "[certmerge-mail] Case {case_id}: {what}",
        "alarm_subject": "[certmerge-mail] Case {case_id}: WARNING, please read now",
        "alarm_footer": "certmerge-mail sends this warning once, as soon as it sees the mail; "
                        "it also heads the daily digest.",
        "nudge_footer": "certmerge-mail repeats this reminder while the case waits. "
                        "The daily digest lists all your cases.",
        # --- states ---
        "state_awaiting_support": "Waiting for support to reply",
        "state_awaiting_your_confirmation": "Waiting for your confirmation",
        "state_awaiting_your_reply": "Waiting for your reply",
        "state_awaiting_merge": "Waiting for support to merge the accounts",
        "state_awaiting_badges": "Merged; waiting for the Credly badges",
        "state_done": "Done",
        # --- what is overdue (nudge subject) ---
        "late_awaiting_support": "support's reply overdue",
        "late_awaiting_your_confirmation": "reply overdue",
        "late_awaiting_your_reply": "reply overdue",
        "late_awaiting_merge": "merge overdue",
        "late_awaiting_badges": "Credly badges overdue",
        # --- what happened (nudge body) ---
        "wait_awaiting_support": "Support has not replied since {since}.",
        "wait_awaiting_your_confirmation": "Support asked you to confirm the merge on {since}.",
        "wait_awaiting_your_reply": "Support asked you for more information on {since}.",
        "wait_awaiting_merge": "You confirmed the merge on {since}; support has not reported it as completed yet.",
        "wait_awaiting_badges": "Support reported the merge as completed on {since}.",
        # --- what to do now ---
        "todo_support_wait": "Nothing to do: waiting for support to reply.",
        "todo_support_drafted": "Support has not replied: a follow-up to support has been drafted. "
                                "Review it in your Drafts folder and send it.",
        "todo_support_ask": "Support has not replied: reply to the case e-mail to ask for an update "
                            "(please do not open a second case).",
        "todo_confirm_drafted": "Review the confirmation reply drafted in your Drafts folder and send it.",
        "todo_confirm_correction": "Do NOT confirm: support would merge your accounts the wrong way round. "
                                   "A correction is drafted in your Drafts folder: review it and send it.",
        "todo_confirm_clarify": "The direction of the merge in support's request could not be read for certain. "
                                "A reply asking support to confirm your direction is drafted in your Drafts "
                                "folder: review it and send it (or, if the request is clear to you, confirm it "
                                "yourself).",
        "direction": "Direction",
        "direction_matches": "{arrow} (matches your configuration)",
        "direction_reversed": "{arrow} (REVERSED: the opposite of your configuration)",
        "direction_unread": "{arrow} (your configuration; support's direction could not be read)",
        "direction_not_stated": "{arrow} (your configuration; support's request states no direction)",
        "todo_confirm": "Reply to support's confirmation request, after checking that it lists the right accounts.",
        "todo_confirm_warned": "Read the warnings above before you reply to support's confirmation request: "
                               "do not confirm a merge that lists the wrong accounts.",
        "todo_reply": "Support asked you for more information: reply to their e-mail.",
        "todo_reply_drafted": "Support asked you for more information: a reply has been drafted. "
                              "Review it in your Drafts folder, fill in anything marked PLEASE FILL IN, and send it.",
        "todo_merge_wait": "Nothing to do: support is merging the accounts.",
        "todo_merge_drafted": "The merge is taking longer than usual: a follow-up to support has been drafted. "
                              "Review it in your Drafts folder and send it.",
        "todo_merge_ask": "The merge is taking longer than usual: reply to the case e-mail to ask for an update "
                          "(please do not open a second case).",
        "todo_badges_wait": "Go through the checklist below. Your Credly badges should arrive soon.",
        "todo_badges_drafted": "Your Credly badges have not arrived: a request to support has been drafted. "
                               "Review it in your Drafts folder and send it.",
        "todo_badges_ask": "Your Credly badges have not arrived: reply to the case e-mail and ask support "
                           "to move them to your Credly account.",
        "todo_done": "Nothing to do: the merge is complete.",
        # --- timeline ---
        "event_case_created": "Case opened",
        "event_merge_confirmation_requested": "Support asked you to confirm the merge",
        "event_merge_completed": "Support reported the merge as completed",
        "event_survey": "Support closed the case, or asked how it went",
        "event_credly_badge_issued": "Credly issued a badge",
        "event_support_reply": "Support replied",
        "event_your_reply": "You replied",
        "event_your_forward": "You forwarded the case to {to} (not a reply to support: nothing changed)",
        "event_your_lookalike_reply": "You replied to {to}, WHICH IS NOT AWS",
        "event_your_undeliverable_reply": "You replied by e-mail to {to}, which takes no replies (support never got it)",
        "reading_confirmed": "read as: you confirmed",
        "reading_corrected": "read as: you corrected support",
        "reading_answered": "read as: you answered",
        "reading_other": "read as: a question, a hold or other",
        "todo_console_awaiting_your_confirmation": "This case takes no e-mail replies: answer support's "
            "confirmation request in the AWS Support Center, {link}",
        "todo_console_awaiting_your_reply": "This case takes no e-mail replies: answer support's question in the "
            "AWS Support Center, {link}",
        "todo_console_awaiting_support": "This case takes no e-mail replies: ask for an update in the AWS "
            "Support Center, {link}",
        "todo_console_awaiting_merge": "The merge is taking longer than usual. This case takes no e-mail "
            "replies: ask for an update in the AWS Support Center, {link}",
        "todo_console_awaiting_badges": "Your Credly badges have not arrived. This case takes no e-mail "
            "replies: ask support to move them in the AWS Support Center, {link}",
        "todo_console_paste": " (the English text to paste: certmerge-mail drafts show {draft})",
        "suspicious": "SUSPICIOUS: the sender could not be verified; this mail was ignored and did not change the case",
        # --- drafts ---
        "draft_pending": "being saved to your Drafts folder",
        "draft_in_drafts": "in your Drafts folder",
        "draft_sent": "sent",
        "draft_paste": "to paste into the AWS Support Center (no e-mail reply reaches this case)",
        "draft_failed": "could not be saved to your Drafts folder",
        "draft_superseded": "no longer needed: the case moved on",
        # --- the after-merge checklist ---
        "check_certs": "Sign in to AWS Certification with account {account} and check that it lists:",
        "check_certs_any": "Sign in to AWS Certification with the account you kept and check that it lists "
                           "all your certifications.",
        "check_benefits": "Check that your benefits, such as the 50% exam voucher, have carried over to {account}.",
        "check_benefits_any": "Check that your benefits, such as the 50% exam voucher, have carried over "
                              "to the account you kept.",
        "check_badges": "Check that your Credly badges have moved to your Credly account:",
        "check_badges_none": "Check that your Credly badges have moved to your Credly account "
                             "(no Credly badge e-mail has arrived yet).",
        "check_badges_any": "Check that your Credly badges have moved to your Credly account.",
        "with_note": "{text} ({note})",
        "badge_arrived": "arrived",
        "badge_missing": "not arrived yet",
        "survey_note": "Support has closed the case; answering its satisfaction survey, if it sent one, is optional.",
        "draft_withdrawing": "withdrawn: you corrected the mail it answered; being taken out of your Drafts folder",
        "draft_withdrawn": "withdrawn: you corrected the mail it answered",
        # --- needs your look (mails read with doubts) ---
        "look_title": "Needs your look",
        "look_intro": "certmerge-mail could not read these mails for certain: nothing was drafted for them and "
                      "their case did not move on them. Read each one, then run the command that says what it is.",
        "look_heading": "Case {case_id}, mail #{number}: {subject}",
        "look_what": "It may be {what}, but {doubts}.",
        "look_and": "; and ",
        "look_kind_merge_confirmation_requested": "support's request to confirm the merge",
        "look_kind_merge_completed": "support's word that the merge is done",
        "look_kind_case_created": "support's acknowledgement that the case was opened",
        "look_kind_survey": "support's closure notice or survey",
        "look_kind_support_reply": "a plain reply from support",
        "look_if_it_is": "If it is:",
        "look_if_not": "If it is not ({other}):",
        "doubt_it_also_says_the_merge_is_done": "it also says the merge is done",
        "doubt_it_also_asks_you_to_confirm_the_merge": "it also asks you to confirm the merge",
        "doubt_it_also_says_the_work_is_still_going_on": "it also says the work is still going on",
        "doubt_it_also_asks_which_account_to_keep": "it also asks which account to keep",
        "doubt_what_it_asks_you_to_confirm_is_not_in_its_own_text_but_in_an_earlier_mail":
            "what it asks you to confirm is not in its own text but in an earlier mail",
        "doubt_no_ask_to_confirm_was_read_in_it": "no ask to confirm was read in it",
        "doubt_it_names_the_merge_but_neither_the_accounts_nor_which_one_stays":
            "it names the merge but neither the accounts nor which one stays",
        "doubt_it_asks_whether_you_still_need_help_with_the_merge": "it asks whether you still need help with the merge",
        # the learned second opinion's doubts (core/opinion.py, core/classify.py)
        "doubt_its_words_read_more_like_an_acknowledgement_that_the_case_was_opened":
            "its words read more like an acknowledgement that the case was opened",
        "doubt_the_rules_read_it_as_an_acknowledgement_that_the_case_was_opened":
            "the rules read it as an acknowledgement that the case was opened",
        "doubt_its_words_read_more_like_a_request_to_confirm_the_merge":
            "its words read more like a request to confirm the merge",
        "doubt_the_rules_read_it_as_a_request_to_confirm_the_merge":
            "the rules read it as a request to confirm the merge",
        "doubt_its_words_read_more_like_word_that_the_merge_is_done":
            "its words read more like word that the merge is done",
        "doubt_the_rules_read_it_as_word_that_the_merge_is_done":
            "the rules read it as word that the merge is done",
        "doubt_its_words_read_more_like_a_closure_notice_or_survey":
            "its words read more like a closure notice or survey",
        "doubt_the_rules_read_it_as_a_closure_notice_or_survey":
            "the rules read it as a closure notice or survey",
        "doubt_its_words_read_more_like_a_plain_reply_from_support":
            "its words read more like a plain reply from support",
        "doubt_the_rules_read_it_as_a_plain_reply_from_support":
            "the rules read it as a plain reply from support",
        # --- astray: the request before the case, one merge in several cases, mail in Junk ---
        "request_heading": "Your request sent {when}: {state}",
        "state_awaiting_acknowledgement": "Waiting for the case's acknowledgement",
        "state_superseded": "Superseded by a newer case of the same merge",
        "late_awaiting_acknowledgement": "no acknowledgement of your request",
        "wait_awaiting_acknowledgement": "You sent the contact form on {since}; no acknowledgement has arrived.",
        "expected_awaiting_acknowledgement": "The case's acknowledgement expected by {when}",
        "request_nudge_subject": "[certmerge-mail] Your merge request: {what}",
        "todo_ack_wait": "Nothing to do: the automatic acknowledgement of your request usually comes within minutes.",
        "todo_ack_check": "No acknowledgement has come. Check: the contact e-mail you gave on the form ({contact}); "
                          "that each account's notification address receives mail ({addresses}); your Junk folder. "
                          "Send the form again if one was wrong (`certmerge-mail request`), then record it with "
                          "`certmerge-mail request --submitted`.",
        "todo_superseded": "Nothing to do here: follow the newer case {case_id}. No more reminders for this one.",
        "merge_note": "One merge, {n} cases (newest first): {cases}.",
        "superseded_note": "Superseded by {case_id}, the newer case of the same merge, which support has answered.",
        "junk_nudge_subject": "[certmerge-mail] Case {case_id}: support's mail is in your Junk folder",
        "junk_what": "Support's mail for case {case_id} was filed in your Junk folder ({folder}).",
        "todo_junk": "Open it in {folder} and mark it as not spam (\"Not junk\") so that support's next mails "
                     "reach your inbox. certmerge-mail read it there and moved nothing.",
        "event_request_submitted": "You sent the contact form",
    },
    "ja": {
        # --- the digest ---
        "digest_subject": "[certmerge-mail] 日次ダイジェスト: {summary}",
        "digest_title": "certmerge-mail 日次ダイジェスト",
        "generated_at": "{when} 時点",
        "summary": "{cases}（{overdue}）",
        "cases_zero": "ケースなし",
        "cases_one": "ケース 1 件",
        "cases_other": "ケース {n} 件",
        "overdue_zero": "期限切れなし",
        "overdue_other": "期限切れ {n} 件",
        "no_cases": "メールボックスにはまだアカウント統合のケースが見つかっていません。",
        "case_heading": "ケース {case_id}: {state}",
        "overdue_since": "期限切れ（{when} から）",
        "expected_awaiting_support": "サポートの返信の目安: {when}",
        "expected_awaiting_your_confirmation": "{when} までに返信してください",
        "expected_awaiting_your_reply": "{when} までに返信してください",
        "expected_awaiting_merge": "統合完了の目安: {when}",
        "expected_awaiting_badges": "Credly バッジ到着の目安: {when}",
        "warning": "警告",
        "todo": "今すべきこと",
        "timeline": "経過",
        "drafts": "下書き",
        "checklist": "統合後に次の点を確認してください",
        "footer": "このメールは certmerge-mail がメールボックスの内容から作成しました。"
                  "返信の下書きは作成しますが、AWS へ代わりに送信することはありません。",
        # --- the nudge ---
        "nudge_subject": "[certmerge-mail] ケース {case_id}: {what}",
        "alarm_subject": "[certmerge-mail] ケース {case_id}: 警告、すぐにお読みください",
        "alarm_footer": "この警告は、メールを見つけた時点で一度だけお送りします。日次ダイジェストの先頭にも表示されます。",
        "nudge_footer": "ケースが動くまで、certmerge-mail はこのお知らせを繰り返しお送りします。"
                        "すべてのケースは日次ダイジェストでご確認いただけます。",
        # --- states ---
        "state_awaiting_support": "サポートの返信待ち",
        "state_awaiting_your_confirmation": "統合内容の確認待ち（あなたの返信が必要です）",
        "state_awaiting_your_reply": "あなたの返信待ち",
        "state_awaiting_merge": "サポートによるアカウント統合待ち",
        "state_awaiting_badges": "統合済み・Credly バッジ待ち",
        "state_done": "完了",
        # --- what is overdue (nudge subject) ---
        "late_awaiting_support": "サポートからの返信が遅れています",
        "late_awaiting_your_confirmation": "返信の期限が過ぎています",
        "late_awaiting_your_reply": "返信の期限が過ぎています",
        "late_awaiting_merge": "統合の完了が遅れています",
        "late_awaiting_badges": "Credly バッジが届いていません",
        # --- what happened (nudge body) ---
        "wait_awaiting_support": "{since} 以降、サポートから返信がありません。",
        "wait_awaiting_your_confirmation": "{since} にサポートから統合内容の確認を求められました。",
        "wait_awaiting_your_reply": "{since} にサポートから追加の情報を求められました。",
        "wait_awaiting_merge": "{since} に統合を承認しましたが、まだ完了の連絡がありません。",
        "wait_awaiting_badges": "{since} にサポートから統合完了の連絡がありました。",
        # --- what to do now ---
        "todo_support_wait": "対応は不要です。サポートからの返信をお待ちください。",
        "todo_support_drafted": "サポートから返信がないため、催促のメールを下書きしました。"
                                "下書きフォルダで内容を確認して送信してください。",
        "todo_support_ask": "サポートから返信がありません。ケースのメールに返信して状況を問い合わせてください"
                            "（新しいケースは作成しないでください）。",
        "todo_confirm_drafted": "下書きフォルダの返信案を確認して送信してください。",
        "todo_confirm_correction": "確認の返信はしないでください。サポートは統合の向きを逆にしようとしています。"
                                   "訂正の返信案を下書きフォルダに作成しました。確認して送信してください。",
        "todo_confirm_clarify": "サポートの確認依頼から統合の向きを確実に読み取れませんでした。"
                                "あなたの意図する向きの確認をサポートに求める返信案を下書きフォルダに作成しました。"
                                "確認して送信してください（依頼の内容が明確であれば、ご自身で確認の返信をしても構いません）。",
        "direction": "統合の向き",
        "direction_matches": "{arrow}（設定と一致）",
        "direction_reversed": "{arrow}（逆向き：設定と反対です）",
        "direction_unread": "{arrow}（設定の向き。サポートの向きは読み取れませんでした）",
        "direction_not_stated": "{arrow}（設定の向き。サポートの依頼に向きの記載はありません）",
        "todo_confirm": "統合するアカウントが正しいことを確かめてから、サポートの確認依頼に返信してください。",
        "todo_confirm_warned": "サポートの確認依頼に返信する前に、上の警告をお読みください。"
                               "統合するアカウントが正しくない場合は、統合を承認しないでください。",
        "todo_reply": "サポートから追加の情報を求められています。サポートのメールに返信してください。",
        "todo_reply_drafted": "サポートから追加の情報を求められているため、返信案を下書きしました。"
                              "下書きフォルダで内容を確認し、「PLEASE FILL IN」の箇所を記入してから送信してください。",
        "todo_merge_wait": "対応は不要です。サポートがアカウントを統合しています。",
        "todo_merge_drafted": "統合に通常より時間がかかっているため、サポートへの問い合わせを下書きしました。"
                              "下書きフォルダで内容を確認して送信してください。",
        "todo_merge_ask": "統合に通常より時間がかかっています。ケースのメールに返信して状況を問い合わせてください"
                          "（新しいケースは作成しないでください）。",
        "todo_badges_wait": "下のチェックリストを確認してください。Credly のバッジはまもなく届く見込みです。",
        "todo_badges_drafted": "Credly のバッジが届いていないため、サポートへの依頼メールを下書きしました。"
                               "下書きフォルダで内容を確認して送信してください。",
        "todo_badges_ask": "Credly のバッジが届いていません。ケースのメールに返信して、"
                           "バッジを Credly アカウントへ移すようサポートに依頼してください。",
        "todo_done": "対応は不要です。統合は完了しました。",
        # --- timeline ---
        "event_case_created": "ケースが作成されました",
        "event_merge_confirmation_requested": "サポートから統合内容の確認を求められました",
        "event_merge_completed": "サポートから統合完了の連絡がありました",
        "event_survey": "ケースのクローズ、または満足度アンケートのお知らせが届きました",
        "event_credly_badge_issued": "Credly からバッジが発行されました",
        "event_support_reply": "サポートから返信がありました",
        "event_your_reply": "サポートに返信しました",
        "event_your_forward": "ケースを {to} に転送しました（サポートへの返信ではないため、状態は変わりません）",
        "event_your_lookalike_reply": "{to} に返信しました。これは AWS ではありません",
        "event_your_undeliverable_reply": "返信を受け付けない {to} にメールで返信しました（サポートには届いていません）",
        "reading_confirmed": "読み取り: 統合を承認",
        "reading_corrected": "読み取り: サポートの内容を訂正",
        "reading_answered": "読み取り: 情報を回答",
        "reading_other": "読み取り: 質問・保留・その他",
        "todo_console_awaiting_your_confirmation": "このケースはメールでの返信を受け付けません。AWS サポートセンターで"
            "確認依頼に回答してください: {link}",
        "todo_console_awaiting_your_reply": "このケースはメールでの返信を受け付けません。AWS サポートセンターで"
            "サポートの質問に回答してください: {link}",
        "todo_console_awaiting_support": "このケースはメールでの返信を受け付けません。AWS サポートセンターで"
            "状況を問い合わせてください: {link}",
        "todo_console_awaiting_merge": "統合に時間がかかっています。このケースはメールでの返信を受け付けません。"
            "AWS サポートセンターで状況を問い合わせてください: {link}",
        "todo_console_awaiting_badges": "Credly のバッジが届いていません。このケースはメールでの返信を受け付けません。"
            "AWS サポートセンターでバッジの移行を依頼してください: {link}",
        "todo_console_paste": "（貼り付ける英文: certmerge-mail drafts show {draft}）",
        "suspicious": "不審なメール: 送信元を確認できなかったため無視しました（ケースの状態は変わっていません）",
        # --- drafts ---
        "draft_pending": "下書きフォルダへ保存中",
        "draft_in_drafts": "下書きフォルダにあります",
        "draft_sent": "送信済み",
        "draft_paste": "AWS サポートセンターに貼り付ける文面（このケースはメールでの返信を受け付けません）",
        "draft_failed": "下書きフォルダへ保存できませんでした",
        "draft_superseded": "ケースが進んだため不要になりました",
        # --- the after-merge checklist ---
        "check_certs": "AWS 認定アカウント {account} にサインインし、次の認定が表示されていることを確認してください:",
        "check_certs_any": "残した AWS 認定アカウントにサインインし、すべての認定が表示されていることを確認してください。",
        "check_benefits": "50% 割引の受験バウチャーなどの特典が {account} に引き継がれていることを確認してください。",
        "check_benefits_any": "50% 割引の受験バウチャーなどの特典が、残したアカウントに引き継がれていることを確認してください。",
        "check_badges": "Credly のバッジが Credly アカウントに移っていることを確認してください:",
        "check_badges_none": "Credly のバッジが Credly アカウントに移っていることを確認してください"
                             "（Credly からのバッジのメールはまだ届いていません）。",
        "check_badges_any": "Credly のバッジが Credly アカウントに移っていることを確認してください。",
        "with_note": "{text}（{note}）",
        "badge_arrived": "届きました",
        "badge_missing": "まだ届いていません",
        "survey_note": "サポートがケースをクローズしました。満足度アンケートが届いている場合、回答は任意です。",
        "draft_withdrawing": "取り下げ済み（返信先のメールの種類を訂正されたため）: 下書きフォルダから削除中",
        "draft_withdrawn": "取り下げ済み（返信先のメールの種類を訂正されたため）",
        # --- needs your look (mails read with doubts) ---
        "look_title": "確認が必要なメール",
        "look_intro": "certmerge-mail が確信を持って読み取れなかったメールです。返信案は作成しておらず、"
                      "ケースもこれらのメールでは進めていません。メールを読んで、内容に合うコマンドを実行してください。",
        "look_heading": "ケース {case_id}、メール #{number}: {subject}",
        "look_what": "{what}の可能性があります。ただし、{doubts}。",
        "look_and": "。また、",
        "look_kind_merge_confirmation_requested": "サポートからのマージ確認の依頼",
        "look_kind_merge_completed": "サポートからのマージ完了の連絡",
        "look_kind_case_created": "サポートからのケース受付の通知",
        "look_kind_survey": "サポートからのケース終了の通知またはアンケート",
        "look_kind_support_reply": "サポートからの通常の返信",
        "look_if_it_is": "そうである場合:",
        "look_if_not": "そうでない場合（{other}）:",
        "doubt_it_also_says_the_merge_is_done": "マージが完了したとも書かれています",
        "doubt_it_also_asks_you_to_confirm_the_merge": "マージの確認も求めています",
        "doubt_it_also_says_the_work_is_still_going_on": "作業がまだ続いているとも書かれています",
        "doubt_it_also_asks_which_account_to_keep": "どちらのアカウントを残すかも尋ねています",
        "doubt_what_it_asks_you_to_confirm_is_not_in_its_own_text_but_in_an_earlier_mail":
            "確認を求めている内容はこのメールの本文ではなく、以前のメールにあります",
        "doubt_no_ask_to_confirm_was_read_in_it": "確認を求める文面は読み取れませんでした",
        "doubt_it_names_the_merge_but_neither_the_accounts_nor_which_one_stays":
            "マージには触れていますが、対象のアカウントもどちらを残すかも書かれていません",
        "doubt_it_asks_whether_you_still_need_help_with_the_merge": "マージについてまだサポートが必要かを尋ねています",
        # the learned second opinion's doubts
        "doubt_its_words_read_more_like_an_acknowledgement_that_the_case_was_opened":
            "文面はケース受付の通知に近いと判断されました",
        "doubt_the_rules_read_it_as_an_acknowledgement_that_the_case_was_opened":
            "規則ではケース受付の通知と読み取られました",
        "doubt_its_words_read_more_like_a_request_to_confirm_the_merge":
            "文面はマージ確認の依頼に近いと判断されました",
        "doubt_the_rules_read_it_as_a_request_to_confirm_the_merge":
            "規則ではマージ確認の依頼と読み取られました",
        "doubt_its_words_read_more_like_word_that_the_merge_is_done":
            "文面はマージ完了の連絡に近いと判断されました",
        "doubt_the_rules_read_it_as_word_that_the_merge_is_done":
            "規則ではマージ完了の連絡と読み取られました",
        "doubt_its_words_read_more_like_a_closure_notice_or_survey":
            "文面はケース終了の通知またはアンケートに近いと判断されました",
        "doubt_the_rules_read_it_as_a_closure_notice_or_survey":
            "規則ではケース終了の通知またはアンケートと読み取られました",
        "doubt_its_words_read_more_like_a_plain_reply_from_support":
            "文面はサポートからの通常の返信に近いと判断されました",
        "doubt_the_rules_read_it_as_a_plain_reply_from_support":
            "規則ではサポートからの通常の返信と読み取られました",
        # --- astray ---
        "request_heading": "{when} に送信した問い合わせ: {state}",
        "state_awaiting_acknowledgement": "ケース受付メール待ち",
        "state_superseded": "同じ統合の新しいケースに引き継がれました",
        "late_awaiting_acknowledgement": "問い合わせの受付メールが届いていません",
        "wait_awaiting_acknowledgement": "{since} に問い合わせフォームを送信しましたが、受付メールが届いていません。",
        "expected_awaiting_acknowledgement": "ケース受付メールの目安: {when}",
        "request_nudge_subject": "[certmerge-mail] アカウント統合の問い合わせ: {what}",
        "todo_ack_wait": "対応は不要です。問い合わせの自動受付メールは通常数分以内に届きます。",
        "todo_ack_check": "受付メールが届いていません。次を確認してください: フォームに入力した連絡先メールアドレス（{contact}）、"
                          "各アカウントの通知先メールアドレスにメールが届くこと（{addresses}）、迷惑メールフォルダ。"
                          "誤りがあればフォームを送り直し（`certmerge-mail request`）、"
                          "`certmerge-mail request --submitted` で記録してください。",
        "todo_superseded": "このケースでの対応は不要です。新しいケース {case_id} を確認してください。このケースの通知は止まります。",
        "merge_note": "1 つの統合に {n} 件のケース（新しい順）: {cases}",
        "superseded_note": "同じ統合の新しいケース {case_id} にサポートが回答したため、このケースは引き継がれました。",
        "junk_nudge_subject": "[certmerge-mail] ケース {case_id}: サポートのメールが迷惑メールフォルダにあります",
        "junk_what": "ケース {case_id} のサポートのメールが迷惑メールフォルダ（{folder}）に振り分けられています。",
        "todo_junk": "{folder} でそのメールを開き、「迷惑メールではない」に設定してください。以後のメールが受信トレイに届きます。"
                     "certmerge-mail はそこで読んだだけで、何も移動していません。",
        "event_request_submitted": "問い合わせフォームを送信しました",
    },
}


# Issue 13: the case at a glance, badge names, what you told about a case.
MESSAGES["en"].update({
    "steps": "Where it stands",
    "step_opened": "Opened",
    "step_asked": "Asked to confirm",
    "step_replied": "You replied",
    "step_merged": "Merged",
    "step_badges": "Badges {n}/{m}",
    "step_closed": "Closed by you",
    "badges_still_missing": "Still missing: {badges} ({n} of {m} arrived).",
    "event_credly_badge_issued_named": "Credly issued a badge: {badge}",
    "event_badge_marked": "You said this badge arrived: {badge}",
    "event_closed_by_you": "You closed the case",
    "muted_until": "Muted until {when}: no reminders or follow-ups",
    "muted": "Muted: no reminders or follow-ups (`certmerge-mail cases unmute {case_id}`)",
    "todo_closed": "Nothing to do: you closed this case.",
    "purpose_confirmation": "Confirmation of the merge",
    "purpose_clarify": "Asking support to confirm your direction",
    "purpose_correction": "Correction: the direction is reversed",
    "purpose_information": "Answer to support's questions",
    "purpose_follow_up": "Follow-up on the silent case",
    "purpose_credly_follow_up": "Request to move the Credly badges",
})
MESSAGES["ja"].update({
    "steps": "進捗",
    "step_opened": "受付",
    "step_asked": "確認依頼",
    "step_replied": "返信済み",
    "step_merged": "統合完了",
    "step_badges": "バッジ {n}/{m}",
    "step_closed": "手動で完了",
    "badges_still_missing": "未着のバッジ: {badges}（{m} 件中 {n} 件到着）",
    "event_credly_badge_issued_named": "Credly からバッジが発行されました: {badge}",
    "event_badge_marked": "バッジの到着を記録しました: {badge}",
    "event_closed_by_you": "ケースを手動で完了にしました",
    "muted_until": "{when} までリマインダーとフォローアップを停止中",
    "muted": "リマインダーとフォローアップを停止中（`certmerge-mail cases unmute {case_id}` で再開）",
    "todo_closed": "対応は不要です。このケースは手動で完了にしました。",
    "purpose_confirmation": "統合の確認",
    "purpose_clarify": "統合の方向の確認依頼",
    "purpose_correction": "訂正: 統合の方向が逆です",
    "purpose_information": "サポートの質問への回答",
    "purpose_follow_up": "返信のないケースへのフォローアップ",
    "purpose_credly_follow_up": "Credly バッジ移行の依頼",
})


def resolve(language: str) -> str:
    """The language actually used: `language` if the table has it, else English."""
    return language if language in MESSAGES else FALLBACK


def text(language: str, key: str, **values: object) -> str:
    """The message `key` in `language` (English if either is unknown)."""
    table = MESSAGES.get(language, MESSAGES[FALLBACK])
    pattern = table.get(key)
    if pattern is None:
        pattern = MESSAGES[FALLBACK].get(key, key)
    return pattern.format(**values)


def count(language: str, key: str, n: int) -> str:
    """`key`_zero / _one / _other, chosen by n (Japanese uses _other for 1 when _one is missing)."""
    form = "zero" if n == 0 else "one" if n == 1 else "other"
    table = MESSAGES.get(language, MESSAGES[FALLBACK])
    for candidate in (f"{key}_{form}", f"{key}_other"):
        if candidate in table or candidate in MESSAGES[FALLBACK]:
            return text(language, candidate, n=n)
    return str(n)
